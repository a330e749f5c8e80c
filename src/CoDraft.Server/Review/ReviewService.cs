using System.Collections.Concurrent;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Review;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Server.Editing;
using CoDraft.Server.SignOff;
using Microsoft.Extensions.Options;

using CoDraft.Server.Audit;

namespace CoDraft.Server.Review;

/// <summary>
/// Comments and suggestions of statements. Everything that reads or checks anchors runs inside
/// <see cref="DraftEditor.WithHeadAsync{T}"/>, so that the text, its version and the anchors agree; an accepted
/// suggestion is committed afterwards through the editor like any edit. The caller's role has been checked by the
/// route (see Apis/ReviewApi.cs). Rules: docs/comments.md.
/// </summary>
public sealed partial class ReviewService(
    IReviewStore store,
    ILifecycleStore lifecycle,
    ISnapshotStore snapshots,
    IOpLog opLog,
    DraftEditor editor,
    ReviewAnchors anchors,
    IReviewNotifier notifier,
    AuditTrail audit,
    IOptions<ReviewOptions> options,
    IOptions<EditingOptions> editing,
    TimeProvider clock)
{
    /// <summary>Decisions on one statement's suggestions, one at a time in this process, so that two leads do not race to apply the same text.</summary>
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> decisionGates = new();

    /// <summary>
    /// The anchor for a new thread or suggestion on [start, end) of the text at <paramref name="version"/> (the head
    /// when null), moved to the head, with its quote taken from the server's text.
    /// </summary>
    private async Task<Anchor> NewAnchorAsync(HeadView head, int? start, int? end, long? version, CancellationToken ct)
    {
        var from = start ?? throw Invalid("start is required.");
        var to = end ?? throw Invalid("end is required.");
        var at = version ?? head.Version;
        if (at > head.Version)
        {
            throw new CoDraftException(ErrorCodes.VersionInFuture, $"Version {at} is newer than the current version {head.Version}.");
        }
        if (at < 0 || head.Version - at > editing.Value.MaxTransformOps)
        {
            throw new CoDraftException(ErrorCodes.VersionTooOld, $"Version {at} is too old to place a range on; use the current version {head.Version}.");
        }
        var text = at == head.Version ? head.Text : await VersionText.ReadAsync(snapshots, opLog, head.StatementId, at, ct);
        var anchor = AnchorOn(text, from, to);
        foreach (var op in await head.OpsAfterAsync(at, ct))
        {
            anchor = anchor.Transform(op.Op);
        }
        if (anchor.Orphaned)
        {
            throw new CoDraftException(ErrorCodes.RangeDeleted, "The text of that range has been deleted since that version.");
        }
        return at == head.Version ? anchor : AnchorOn(head.Text, anchor.Start, anchor.End);
    }

    private static Anchor AnchorOn(string text, int start, int end)
    {
        try
        {
            return Anchor.On(text, start, end);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new CoDraftException(ErrorCodes.RangeInvalid, e.Message.Split(" (Parameter")[0]);
        }
    }

    /// <summary>A comment, reply or replacement: well-formed text no longer than <see cref="ReviewOptions.MaxBodyLength"/>.</summary>
    private string RequireText(string? value, string name, bool allowEmpty)
    {
        if (value is null || (!allowEmpty && string.IsNullOrWhiteSpace(value)))
        {
            throw Invalid($"{name} is required.");
        }
        if (value.Length > options.Value.MaxBodyLength)
        {
            throw Invalid($"{name} is longer than {options.Value.MaxBodyLength} characters.");
        }
        if (!CodePoints.IsWellFormed(value))
        {
            throw new CoDraftException(ErrorCodes.TextInvalid, $"{name} contains a lone UTF-16 surrogate.");
        }
        XmlSafeText.Require(value, name);
        return value;
    }

    private static CoDraftException Invalid(string message) => new(ErrorCodes.InvalidRequest, message);

    private DateTimeOffset Now() => DateTimeOffset.FromUnixTimeMilliseconds(clock.GetUtcNow().ToUnixTimeMilliseconds());
}
