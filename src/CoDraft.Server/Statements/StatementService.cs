using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Core.Word;
using CoDraft.Server.Audit;
using CoDraft.Server.Editing;
using CoDraft.Server.SignOff;

namespace CoDraft.Server.Statements;

/// <summary>
/// Starts statements: the one way they are created, whether typed or imported from Word. The caller's organisation
/// convenes the statement and the caller leads it; its text becomes the first version through the editor. Also the
/// REST side of a statement's text: replacing it whole and naming a version (live editors go through the hub).
/// </summary>
public sealed class StatementService(
    IStatementStore store, IStatementAccessStore statementAccess, IAccountStore accounts, DraftEditor editor, AuditTrail audit, TimeProvider clock)
{
    /// <summary>
    /// The organisation <paramref name="personId"/> convenes in (<paramref name="organisationId"/>, the one they act
    /// for), when they may start a statement in its name (<see cref="OrganisationAdministration.MayConvene"/>).
    /// </summary>
    public async Task<Guid> RequireConvenerAsync(Guid personId, Guid? organisationId, CancellationToken ct)
    {
        var convening = organisationId
            ?? throw new CoDraftException(ErrorCodes.NoOrganisation, "A statement is convened by an organisation; join one first.");
        if (!OrganisationAdministration.MayConvene(await accounts.FindMembershipAsync(personId, ct)))
        {
            throw new CoDraftException(ErrorCodes.AccessForbidden,
                "Only your organisation's administrators start statements in its name; ask one of them to start it, or to make you an administrator.");
        }
        return convening;
    }

    /// <summary>
    /// Starts a statement convened by <paramref name="organisationId"/> and led by <paramref name="personId"/>, with
    /// <paramref name="text"/> as its first version. The result carries the version the text reached.
    /// </summary>
    public async Task<StatementRecord> StartAsync(Guid personId, Guid? organisationId, string? requestedTitle, string text, CancellationToken ct)
    {
        var convening = await RequireConvenerAsync(personId, organisationId, ct);
        var title = Label.Require(requestedTitle, "title");
        editor.EnsureValidText(text);
        XmlSafeText.Require(text, "text");
        var now = clock.GetUtcNow();
        var author = personId.ToString("D");
        var statement = new StatementRecord(Guid.NewGuid(), title, 0, author, now, now);
        await store.CreateStatementAsync(statement, ct);
        await statementAccess.SaveStatementAccessAsync(StatementAccess.Start(statement.Id, convening, personId), 0, ct);
        await audit.RecordAsync(statement.Id, author, AuditActions.StatementCreated, new { title, convening }, ct);
        var version = text.Length == 0 ? 0 : (await editor.ReplaceTextAsync(statement.Id, 0, text, author, ct)).Version;
        var created = await store.FindStatementAsync(statement.Id, ct) ?? statement;
        return created with { Version = version };
    }

    /// <summary>
    /// Starts a statement from a Word document: its text read as Markdown, titled <paramref name="requestedTitle"/>
    /// or, when none is given, after the uploaded file's name.
    /// </summary>
    public async Task<StatementImport> ImportAsync(
        Guid personId, Guid? organisationId, string? requestedTitle, string fileName, byte[] docx, CancellationToken ct)
    {
        var imported = WordImport.Read(docx);
        var title = string.IsNullOrWhiteSpace(requestedTitle) ? Path.GetFileNameWithoutExtension(fileName) : requestedTitle;
        var statement = await StartAsync(personId, organisationId, title, imported.Markdown, ct);
        return new StatementImport(statement, imported.Warnings);
    }

    /// <summary>
    /// Replaces the statement's text with <paramref name="text"/>, written by <paramref name="personId"/>; refused
    /// unless <paramref name="baseVersion"/> is the current version.
    /// </summary>
    public Task<CommitResult> ReplaceTextAsync(Guid statementId, long baseVersion, string text, Guid personId, CancellationToken ct)
    {
        XmlSafeText.Require(text, "text");
        return editor.ReplaceTextAsync(statementId, baseVersion, text, personId.ToString("D"), ct);
    }

    /// <summary>Names the statement's current version <paramref name="label"/>, as <paramref name="personId"/>.</summary>
    public Task<Revision> NameRevisionAsync(Guid statementId, string? label, Guid personId, CancellationToken ct) =>
        editor.NameCurrentVersionAsync(statementId, Label.Require(label, "label"), personId.ToString("D"), ct);
}
