using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Core.Word;
using CoDraft.Core.Review;
using CoDraft.Server.Auth;
using CoDraft.Server.Review;

namespace CoDraft.Server.Word;

/// <summary>
/// A .docx exported from a version, edited in Word with track changes, uploaded back: each tracked change becomes a
/// suggestion credited to the uploader and their organisation, placed on the current text as any suggestion made on
/// an earlier version is; each comment becomes a comment thread on the passage it was made on. Edits made without
/// tracking are shown first and become suggestions only when confirmed.
/// See docs/word.md.
/// </summary>
public sealed class WordUploadService(IStatementStore statements, ISnapshotStore snapshots, IOpLog opLog, ReviewService review)
{
    /// <summary>The most characters of a Word comment carried into a thread (Review:MaxBodyLength is 10,000 by default).</summary>
    private const int MaxCommentLength = 4_000;

    /// <summary>
    /// What <paramref name="docx"/> would propose on statement <paramref name="id"/>, read against the version it says
    /// it was exported from (else <paramref name="givenVersion"/>); creates nothing.
    /// </summary>
    public async Task<(long Version, WordUploadPlan Plan)> PreviewAsync(Guid id, byte[] docx, long? givenVersion, CancellationToken ct) =>
        await PlanAsync(id, docx, givenVersion, ct);

    /// <summary>
    /// Makes the suggestions of <paramref name="docx"/>: every tracked change, and the untracked edits too when the
    /// caller confirmed them (<paramref name="includeUntracked"/>); its comments become threads. A change whose passage
    /// was deleted since the exported version is answered as not placed.
    /// </summary>
    public async Task<WordUploadReport> UploadAsync(
        Guid id, StatementCaller caller, byte[] docx, long? givenVersion, bool includeUntracked, CancellationToken ct)
    {
        var (version, plan) = await PlanAsync(id, docx, givenVersion, ct);
        var changes = plan.Tracked.Select(c => (Change: c, Untracked: false))
            .Concat(includeUntracked ? plan.Untracked.Select(c => (Change: c, Untracked: true)) : [])
            .OrderBy(c => c.Change.Start).ToList();
        var made = new List<WordUploadMade>();
        var notPlaced = new List<WordUploadChange>();
        foreach (var (change, untracked) in changes)
        {
            try
            {
                var suggestion = await review.CreateSuggestionAsync(id, caller, change.Start, change.End, version, change.Replacement, ct);
                made.Add(new WordUploadMade(suggestion, untracked, change.Approximate, suggestion.Suggestion.Anchor.Quote != change.Quote));
            }
            catch (CoDraftException e) when (e.Code is ErrorCodes.RangeDeleted)
            {
                notPlaced.Add(change);
            }
        }
        var threads = new List<CommentThread>();
        var commentsNotPlaced = new List<WordUploadComment>();
        foreach (var comment in plan.Comments)
        {
            // A comment as long as a chapter would be refused whole; its start says enough to find it in the file.
            var text = comment.Text.Length > MaxCommentLength ? comment.Text[..MaxCommentLength] + "…" : comment.Text;
            var body = comment.Author.Length > 0 ? $"Comment in the Word file by {comment.Author}: {text}" : $"Comment in the Word file: {text}";
            try
            {
                threads.Add(await review.CreateThreadAsync(id, caller, comment.Start, comment.End, version, body, ct));
            }
            catch (CoDraftException e) when (e.Code is ErrorCodes.RangeDeleted)
            {
                commentsNotPlaced.Add(comment);
            }
        }
        return new WordUploadReport(version, made, threads, notPlaced, commentsNotPlaced, includeUntracked ? 0 : plan.Untracked.Count, plan.Warnings);
    }

    private async Task<(long Version, WordUploadPlan Plan)> PlanAsync(Guid id, byte[] docx, long? givenVersion, CancellationToken ct)
    {
        var version = Version(id, docx, givenVersion);
        var text = await WordExports.ReadVersionAsync(statements, snapshots, opLog, id, version, ct);
        return (version, WordUpload.Plan(docx, text));
    }

    /// <summary>The version the file was exported from: as the file says, else as the caller says.</summary>
    private static long Version(Guid id, byte[] docx, long? givenVersion)
    {
        var source = WordUpload.SourceOf(docx);
        if (source is not null)
        {
            return source.StatementId == id
                ? source.Version
                : throw new CoDraftException(ErrorCodes.UploadOtherStatement, "This Word document was exported from another statement.");
        }
        return givenVersion
            ?? throw new CoDraftException(ErrorCodes.UploadVersionUnknown,
                "The Word document does not say which version it was exported from; download the version, edit that file with track changes on, or give the field \"version\".");
    }
}
