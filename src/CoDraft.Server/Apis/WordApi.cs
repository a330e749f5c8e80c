using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Core.Word;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Apis.Contracts;
using CoDraft.Server.Auth;
using CoDraft.Server.Word;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CoDraft.Server.Apis;

/// <summary>Word (.docx) exports of a statement's versions and redlines, and uploads of edited copies as suggestions. See docs/word.md.</summary>
public static class WordApi
{
    /// <summary>Maps the export routes under /api/statements.</summary>
    public static IEndpointRouteBuilder MapWordApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/statements").WithTags("Word");
        api.MapGet("/{id:guid}/versions/{version:long}/docx", GetVersionDocx).WithName("GetVersionDocx")
            .WithSummary("Any version as a Word document with Word's styles")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), WordExport.ContentType)
            .RequireStatement(StatementAction.Read);
        api.MapGet("/{id:guid}/redline/docx", GetRedlineDocx).WithName("GetRedlineDocx")
            .WithSummary("The redline between two versions as a Word document with tracked changes")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), WordExport.ContentType)
            .RequireStatement(StatementAction.Read);
        api.MapPost("/{id:guid}/word-uploads/preview", PreviewUpload).WithName("PreviewWordUpload")
            .WithSummary("What a .docx exported from a version and edited with track changes would suggest (multipart field file); creates nothing")
            .WithMetadata(new RequestSizeLimitAttribute(DocxUpload.MaxBytes))
            .RequireStatement(StatementAction.Suggest);
        api.MapPost("/{id:guid}/word-uploads", Upload).WithName("UploadWord")
            .WithSummary("Each tracked change of an edited .docx becomes a suggestion (multipart field file; includeUntracked=true adds the edits made without tracking)")
            .WithMetadata(new RequestSizeLimitAttribute(DocxUpload.MaxBytes))
            .RequireStatement(StatementAction.Suggest);
        return app;
    }

    private static async Task<Ok<WordUploadPreview>> PreviewUpload(Guid id, HttpRequest request, WordUploadService uploads, CancellationToken ct)
    {
        var upload = await DocxUpload.ReadAsync(request, ct);
        var (version, plan) = await uploads.PreviewAsync(id, upload.Docx, GivenVersion(upload), ct);
        return TypedResults.Ok(new WordUploadPreview(version, [.. plan.Tracked.Select(View)], [.. plan.Untracked.Select(View)], [.. plan.Comments.Select(View)], plan.Warnings));
    }

    private static async Task<Ok<WordUploadOutcome>> Upload(Guid id, HttpRequest request, WordUploadService uploads, HttpContext http, CancellationToken ct)
    {
        var upload = await DocxUpload.ReadAsync(request, ct);
        var includeUntracked = bool.TryParse(upload.Form["includeUntracked"].FirstOrDefault(), out var include) && include;
        var report = await uploads.UploadAsync(id, http.StatementCaller(), upload.Docx, GivenVersion(upload), includeUntracked, ct);
        return TypedResults.Ok(new WordUploadOutcome(
            report.Version,
            [.. report.Suggestions.Select(m => new WordUploadSuggestion(ReviewViews.Suggestion(m.Suggestion.Suggestion, m.Suggestion.EditedSince), m.Untracked, m.Approximate, m.PassageChanged))],
            [.. report.Threads.Select(ReviewViews.Thread)],
            [.. report.NotPlaced.Select(View)],
            [.. report.CommentsNotPlaced.Select(View)],
            report.UntrackedLeftOut,
            report.Warnings));
    }

    /// <summary>The form's "version", for a file that does not say which version it was exported from.</summary>
    private static long? GivenVersion(DocxUpload upload) =>
        long.TryParse(upload.Form["version"].FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? version
            : null;

    private static WordUploadChangeView View(WordUploadChange change) =>
        new(change.Start, change.End, change.Quote, change.Replacement, change.Approximate);

    private static WordUploadCommentView View(WordUploadComment comment) =>
        new(comment.Start, comment.End, comment.Quote, comment.Author, comment.Text, comment.Approximate);

    private static async Task<FileContentHttpResult> GetVersionDocx(
        Guid id, long version, IStatementStore statements, ISnapshotStore snapshots, IOpLog opLog, CancellationToken ct)
    {
        var file = await WordExports.VersionAsync(statements, snapshots, opLog, id, version, ct);
        return TypedResults.File(file.Bytes, WordExport.ContentType, file.FileName);
    }

    private static async Task<FileContentHttpResult> GetRedlineDocx(
        Guid id, long? from, long? to, IStatementStore statements, ISnapshotStore snapshots, IOpLog opLog, IAccountStore accounts, CancellationToken ct)
    {
        var fromVersion = from ?? throw new CoDraftException(ErrorCodes.InvalidRequest, "The query parameter 'from' is required.");
        var toVersion = to ?? throw new CoDraftException(ErrorCodes.InvalidRequest, "The query parameter 'to' is required.");
        var file = await WordExports.RedlineAsync(statements, snapshots, opLog, accounts, id, fromVersion, toVersion, ct);
        return TypedResults.File(file.Bytes, WordExport.ContentType, file.FileName);
    }
}
