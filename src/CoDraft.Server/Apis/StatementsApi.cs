using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Markdown;
using CoDraft.Core.Redlines;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Core.Word;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Apis.Contracts;
using CoDraft.Server.Auth;
using CoDraft.Server.Editing;
using CoDraft.Server.SignOff;
using CoDraft.Server.Word;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

using CoDraft.Server.Statements;

namespace CoDraft.Server.Apis;

/// <summary>Statements, their text, versions, revisions and redlines.</summary>
public static class StatementsApi
{
    /// <summary>Maps every route of this area under /api/statements.</summary>
    public static IEndpointRouteBuilder MapStatementsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/statements").WithTags("Statements");

        api.MapPost("/", CreateStatement).WithName("CreateStatement")
            .WithSummary("Create a statement (organisation administrators): the caller's organisation convenes it and the caller leads it");
        api.MapPost("/import", ImportStatement).WithName("ImportStatement")
            .WithSummary("Create a statement from a Word document (multipart field file, optional title; organisation administrators)")
            // No Accepts<IFormFile>(): its content-type matching answers 415 before authentication refuses an anonymous caller.
            .WithMetadata(new RequestSizeLimitAttribute(DocxUpload.MaxBytes));
        api.MapGet("/", ListStatements).WithName("ListStatements").WithSummary("The statements the caller takes part in, newest first");
        api.MapGet("/{id:guid}", GetStatement).WithName("GetStatement").WithSummary("A statement with its current text")
            .RequireStatement(StatementAction.Read);
        api.MapPut("/{id:guid}/text", UpdateText).WithName("UpdateText").WithSummary("Replace the text; refused if baseVersion is not current")
            .RequireStatement(StatementAction.Edit);
        api.MapPost("/{id:guid}/revisions", NameRevision).WithName("NameRevision").WithSummary("Name the current version")
            .RequireStatement(StatementAction.NameRevision);
        api.MapGet("/{id:guid}/revisions", ListRevisions).WithName("ListRevisions").WithSummary("The statement's named and automatic revisions")
            .RequireStatement(StatementAction.Read);
        api.MapGet("/{id:guid}/versions/{version:long}", GetVersion).WithName("GetVersion").WithSummary("The text, hash and HTML at any version")
            .RequireStatement(StatementAction.Read);
        api.MapGet("/{id:guid}/redline", GetRedline).WithName("GetRedline").WithSummary("The redline between any two versions")
            .RequireStatement(StatementAction.Read);
        return app;
    }

    private static async Task<Created<StatementSummary>> CreateStatement(
        CreateStatementRequest request, StatementService statements, ICurrentPerson person, CancellationToken ct)
    {
        var created = Summary(await statements.StartAsync(person.Id, person.OrganisationId, request.Title, request.Text ?? string.Empty, ct));
        return TypedResults.Created($"/api/statements/{created.Id}", created);
    }

    private static async Task<Created<ImportedStatement>> ImportStatement(
        HttpRequest request, StatementService statements, ICurrentPerson person, CancellationToken ct)
    {
        // Refused before the upload is read: who may not start a statement learns that first.
        await statements.RequireConvenerAsync(person.Id, person.OrganisationId, ct);
        var upload = await DocxUpload.ReadAsync(request, ct);
        var imported = await statements.ImportAsync(
            person.Id, person.OrganisationId, upload.Form["title"].FirstOrDefault(), upload.FileName, upload.Docx, ct);
        var created = imported.Statement;
        return TypedResults.Created($"/api/statements/{created.Id}", new ImportedStatement(
            created.Id, created.Title, created.Version, created.CreatedBy, created.CreatedAt, created.UpdatedAt, imported.Warnings));
    }

    private static async Task<Ok<IReadOnlyList<StatementSummary>>> ListStatements(
        IStatementStore store, StatementGuard guard, ICurrentPerson person, CancellationToken ct)
    {
        var statements = new List<StatementRecord>();
        foreach (var id in await guard.VisibleStatementsAsync(person.Id, ct))
        {
            if (await store.FindStatementAsync(id, ct) is { } statement)
            {
                statements.Add(statement);
            }
        }
        return TypedResults.Ok<IReadOnlyList<StatementSummary>>(statements.OrderByDescending(s => s.CreatedAt).Select(Summary).ToList());
    }

    private static async Task<Ok<StatementDetails>> GetStatement(Guid id, IStatementStore store, DraftEditor editor, CancellationToken ct)
    {
        var statement = await FindAsync(store, id, ct);
        var (text, version) = await editor.ReadHeadAsync(id, ct);
        return TypedResults.Ok(new StatementDetails(
            id, statement.Title, version, text, TextHash.Sha256(text), MarkdownRenderer.ToHtml(text),
            statement.CreatedBy, statement.CreatedAt, statement.UpdatedAt));
    }

    private static async Task<Ok<VersionCreated>> UpdateText(
        Guid id, UpdateTextRequest request, StatementService statements, ICurrentPerson person, CancellationToken ct)
    {
        var baseVersion = request.BaseVersion ?? throw Invalid("baseVersion is required.");
        var text = request.Text ?? throw Invalid("text is required.");
        var result = await statements.ReplaceTextAsync(id, baseVersion, text, person.Id, ct);
        return TypedResults.Ok(new VersionCreated(id, result.Version, TextHash.Sha256(text)));
    }

    private static async Task<Created<RevisionView>> NameRevision(
        Guid id, NameRevisionRequest request, StatementService statements, ICurrentPerson person, CancellationToken ct)
    {
        var revision = await statements.NameRevisionAsync(id, request.Label, person.Id, ct);
        return TypedResults.Created($"/api/statements/{id}/versions/{revision.Version}", RevisionView.From(revision));
    }

    private static async Task<Ok<IReadOnlyList<RevisionView>>> ListRevisions(Guid id, IStatementStore store, IRevisionStore revisionStore, CancellationToken ct)
    {
        await FindAsync(store, id, ct);
        var revisions = await revisionStore.ListRevisionsAsync(id, ct);
        return TypedResults.Ok<IReadOnlyList<RevisionView>>(revisions.Select(RevisionView.From).ToList());
    }

    private static async Task<Ok<VersionView>> GetVersion(Guid id, long version, IStatementStore store, ISnapshotStore snapshots, IOpLog opLog, CancellationToken ct)
    {
        var text = await ReadVersionAsync(store, snapshots, opLog, id, version, ct);
        return TypedResults.Ok(new VersionView(version, text, TextHash.Sha256(text), MarkdownRenderer.ToHtml(text)));
    }

    private static async Task<Ok<RedlineView>> GetRedline(
        Guid id, long? from, long? to, IStatementStore store, ISnapshotStore snapshots, IOpLog opLog, CancellationToken ct)
    {
        var fromVersion = from ?? throw Invalid("The query parameter 'from' is required.");
        var toVersion = to ?? throw Invalid("The query parameter 'to' is required.");
        var before = await ReadVersionAsync(store, snapshots, opLog, id, fromVersion, ct);
        var after = await ReadVersionAsync(store, snapshots, opLog, id, toVersion, ct);
        var redline = RedlineEngine.Compare(before, after);
        return TypedResults.Ok(new RedlineView(fromVersion, toVersion, redline.Html, redline.Blocks, redline.Stats));
    }

    private static async Task<string> ReadVersionAsync(
        IStatementStore store, ISnapshotStore snapshots, IOpLog opLog, Guid id, long version, CancellationToken ct)
    {
        var statement = await FindAsync(store, id, ct);
        if (version < 0 || version > statement.Version)
        {
            throw new CoDraftException(ErrorCodes.VersionNotFound, $"Version {version} does not exist; the current version is {statement.Version}.");
        }
        return await VersionText.ReadAsync(snapshots, opLog, id, version, ct);
    }

    private static async Task<StatementRecord> FindAsync(IStatementStore store, Guid id, CancellationToken ct) =>
        await store.FindStatementAsync(id, ct) ?? throw new CoDraftException(ErrorCodes.StatementNotFound, "No such statement.");

    private static CoDraftException Invalid(string message) => new(ErrorCodes.InvalidRequest, message);

    private static StatementSummary Summary(StatementRecord s) => new(s.Id, s.Title, s.Version, s.CreatedBy, s.CreatedAt, s.UpdatedAt);
}
