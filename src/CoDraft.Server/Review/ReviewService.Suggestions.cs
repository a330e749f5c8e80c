using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Markdown;
using CoDraft.Core.Review;
using CoDraft.Server.Auth;
using CoDraft.Server.Editing;
using CoDraft.Server.SignOff;

namespace CoDraft.Server.Review;

public sealed partial class ReviewService
{
    /// <summary>Proposes replacing a range; made on the current version.</summary>
    /// <remarks>The range is [<paramref name="start"/>, <paramref name="end"/>) of the text at <paramref name="version"/> (the head when null).</remarks>
    public async Task<ReviewedSuggestion> CreateSuggestionAsync(
        Guid statementId, StatementCaller caller, int? start, int? end, long? version, string? replacement, CancellationToken ct)
    {
        var text = RequireText(replacement, "replacement", allowEmpty: true);
        var made = await editor.WithHeadAsync(statementId, async head =>
        {
            // Checked under the statement's gate, as edits are: a suggestion on a published text could never apply.
            var state = (await lifecycle.FindLifecycleAsync(statementId, ct)).State;
            if (!Lifecycle.TextIsOpen(state))
            {
                throw new CoDraftException(ErrorCodes.TextClosed, $"The statement is {state.ToString().ToLowerInvariant()}: its text no longer changes, so it takes no suggestions.");
            }
            var anchor = await NewAnchorAsync(head, start, end, version, ct);
            if (anchor.Quote == text)
            {
                throw Invalid("The replacement is the text it would replace.");
            }
            var suggestion = new Suggestion(
                Guid.NewGuid(), statementId, anchor, head.Version, text, caller.PersonId, caller.OrganisationId, Now(), head.Version,
                SuggestionState.Open, null, null, null);
            await store.AddSuggestionAsync(suggestion, ct);
            anchors.AddLocked(head, ReviewItemKind.Suggestion, suggestion.Id, anchor);
            return Reviewed(suggestion, head);
        }, ct);
        var s = made.Suggestion;
        await audit.RecordAsync(statementId, Actor(caller), AuditActions.SuggestionCreated,
            new { suggestionId = s.Id, start = s.Anchor.Start, end = s.Anchor.End, quote = s.Anchor.Quote, replacement = text }, ct);
        await notifier.SuggestionChangedAsync("created", made);
        return made;
    }

    /// <summary>Every suggestion of the statement with its current anchor, oldest first.</summary>
    public Task<IReadOnlyList<ReviewedSuggestion>> ListSuggestionsAsync(Guid statementId, CancellationToken ct) =>
        editor.WithHeadAsync<IReadOnlyList<ReviewedSuggestion>>(statementId, async head =>
            (await CurrentSuggestionsAsync(head, ct)).Select(s => Reviewed(s, head)).ToList(), ct);

    /// <summary>Accepts one open suggestion, applied as an op through the editor; refused when its passage was edited since.</summary>
    public Task<SuggestionDecisions> AcceptAsync(Guid statementId, Guid suggestionId, StatementCaller caller, CancellationToken ct) =>
        AcceptAsync(statementId, caller, all =>
        {
            var suggestion = all.FirstOrDefault(s => s.Id == suggestionId) ?? throw SuggestionNotFound();
            return suggestion.State == SuggestionState.Open ? [suggestion] : throw NotOpen(suggestion);
        }, single: true, ct);

    /// <summary>Accepts, oldest first, every open suggestion of an author or organisation that applies (see <see cref="SuggestionPlan"/>).</summary>
    /// <remarks>Exactly one of <paramref name="authorId"/> and <paramref name="organisationId"/> is given.</remarks>
    public Task<SuggestionDecisions> AcceptAllAsync(Guid statementId, Guid? authorId, Guid? organisationId, StatementCaller caller, CancellationToken ct)
    {
        var matches = Filter(authorId, organisationId);
        return AcceptAsync(statementId, caller, all => all.Where(s => s.State == SuggestionState.Open && matches(s)).ToList(), single: false, ct);
    }

    /// <summary>Rejects one open suggestion; the text is not changed.</summary>
    public async Task<SuggestionDecisions> RejectAsync(Guid statementId, Guid suggestionId, StatementCaller caller, CancellationToken ct) =>
        await DecidingAsync(statementId, async () =>
        {
            var decided = await store.DecideSuggestionsAsync(statementId, [new SuggestionDecision(suggestionId, SuggestionState.Rejected, caller.PersonId, Now(), null)], ct);
            if (decided.Count == 0)
            {
                throw NotOpen(await store.FindSuggestionAsync(statementId, suggestionId, ct) ?? throw SuggestionNotFound());
            }
            return await ReportAsync(statementId, caller, [], decided, [], [], ct);
        }, ct);

    /// <summary>Rejects every open suggestion of an author or organisation.</summary>
    /// <remarks>Exactly one of <paramref name="authorId"/> and <paramref name="organisationId"/> is given.</remarks>
    public async Task<SuggestionDecisions> RejectAllAsync(Guid statementId, Guid? authorId, Guid? organisationId, StatementCaller caller, CancellationToken ct)
    {
        var matches = Filter(authorId, organisationId);
        return await DecidingAsync(statementId, async () =>
        {
            var open = (await store.ListSuggestionsAsync(statementId, ct)).Where(s => s.State == SuggestionState.Open && matches(s));
            var now = Now();
            var decided = await store.DecideSuggestionsAsync(
                statementId, open.Select(s => new SuggestionDecision(s.Id, SuggestionState.Rejected, caller.PersonId, now, null)).ToList(), ct);
            return await ReportAsync(statementId, caller, [], decided, [], [], ct);
        }, ct);
    }

    /// <summary>The current text with every open suggestion that applies accepted, oldest first; changes nothing.</summary>
    public Task<SuggestionsApplied> PreviewAsync(Guid statementId, CancellationToken ct) =>
        editor.WithHeadAsync(statementId, async head =>
        {
            var open = (await CurrentSuggestionsAsync(head, ct)).Where(s => s.State == SuggestionState.Open);
            var plan = SuggestionPlan.For(head.Text, open);
            return new SuggestionsApplied(
                head.Version, plan.Text, MarkdownRenderer.ToHtml(plan.Text), plan.Applied.Select(s => s.Id).ToList(),
                plan.Skipped.Select(s => new SkippedSuggestionReason(s.Suggestion.Id, Reason(s.Reason))).ToList());
        }, ct);

    private async Task<SuggestionDecisions> AcceptAsync(
        Guid statementId, StatementCaller caller, Func<IReadOnlyList<Suggestion>, IReadOnlyList<Suggestion>> choose, bool single, CancellationToken ct) =>
        await DecidingAsync(statementId, async () =>
        {
            for (var attempt = 0; attempt < editing.Value.MaxCommitAttempts; attempt++)
            {
                var planned = await editor.WithHeadAsync(statementId, async head =>
                {
                    var all = await CurrentSuggestionsAsync(head, ct);
                    var plan = SuggestionPlan.For(head.Text, choose(all));
                    if (single && plan.Skipped.Count > 0)
                    {
                        throw new CoDraftException(ErrorCodes.SuggestionEditedSince,
                            "The passage of this suggestion was edited since it was made; it is not applied. Reject it or make a new one.");
                    }
                    var superseded = all
                        .Where(s => s.State == SuggestionState.Open && !plan.Applied.Contains(s) && plan.Applied.Any(a => SuggestionPlan.Overlap(a.Anchor, s.Anchor)))
                        .ToList();
                    var skipped = plan.Skipped.Where(s => !superseded.Contains(s.Suggestion))
                        .Select(s => new SkippedSuggestionReason(s.Suggestion.Id, Reason(s.Reason))).ToList();
                    return (head.Version, plan, superseded, skipped);
                }, ct);
                if (planned.plan.Applied.Count == 0)
                {
                    return new SuggestionDecisions(planned.Version, [], [], [], planned.skipped);
                }
                CommitResult committed;
                try
                {
                    committed = await editor.ReplaceTextAsync(statementId, planned.Version, planned.plan.Text, caller.PersonId.ToString("D"), ct);
                }
                catch (StaleVersionException)
                {
                    // Someone typed between the check and the commit: check again on the new text.
                    continue;
                }
                var now = Now();
                var decisions = planned.plan.Applied.Select(s => new SuggestionDecision(s.Id, SuggestionState.Accepted, caller.PersonId, now, committed.Version))
                    .Concat(planned.superseded.Select(s => new SuggestionDecision(s.Id, SuggestionState.Superseded, caller.PersonId, now, null)))
                    .ToList();
                var decided = (await store.DecideSuggestionsAsync(statementId, decisions, ct)).ToHashSet();
                return await ReportAsync(
                    statementId, caller, planned.plan.Applied.Select(s => s.Id).Where(decided.Contains).ToList(), [],
                    planned.superseded.Select(s => s.Id).Where(decided.Contains).ToList(), planned.skipped, ct);
            }
            throw new CoDraftException(ErrorCodes.StoreContention, "The text kept changing while the suggestions were being applied; try again.");
        }, ct);

    /// <summary>Runs a decision alone among this statement's decisions in this process.</summary>
    private async Task<T> DecidingAsync<T>(Guid statementId, Func<Task<T>> decide, CancellationToken ct)
    {
        var gate = decisionGates.GetOrAdd(statementId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            return await decide();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The report of decisions taken, after telling the statement's participants of each.</summary>
    private async Task<SuggestionDecisions> ReportAsync(
        Guid statementId, StatementCaller caller, IReadOnlyList<Guid> accepted, IReadOnlyList<Guid> rejected, IReadOnlyList<Guid> superseded,
        IReadOnlyList<SkippedSuggestionReason> skipped, CancellationToken ct)
    {
        var (views, version) = await editor.WithHeadAsync(statementId, async head =>
            ((await CurrentSuggestionsAsync(head, ct)).ToDictionary(s => s.Id, s => Reviewed(s, head)), head.Version), ct);
        foreach (var (ids, change) in new[] { (accepted, "accepted"), (superseded, "superseded"), (rejected, "rejected") })
        {
            foreach (var id in ids)
            {
                await audit.RecordAsync(statementId, caller.PersonId.ToString("D"), AuditActions.SuggestionDecided,
                    new { suggestionId = id, decision = change, version = views[id].Suggestion.AppliedVersion }, ct);
                await notifier.SuggestionChangedAsync(change, views[id]);
            }
        }
        return new SuggestionDecisions(version, accepted, rejected, superseded, skipped);
    }

    /// <summary>Every suggestion, the open ones with their anchor at the head (decided ones stop moving). Call only inside <see cref="DraftEditor.WithHeadAsync{T}"/>.</summary>
    private async Task<IReadOnlyList<Suggestion>> CurrentSuggestionsAsync(HeadView head, CancellationToken ct)
    {
        var all = await store.ListSuggestionsAsync(head.StatementId, ct);
        var current = await anchors.SyncLockedAsync(head, [], all, ct);
        return all.Select(s => s.State == SuggestionState.Open
            ? s with { Anchor = current[new AnchorKey(ReviewItemKind.Suggestion, s.Id)], AnchorVersion = head.Version }
            : s).ToList();
    }

    private static Func<Suggestion, bool> Filter(Guid? authorId, Guid? organisationId) => (authorId, organisationId) switch
    {
        ({ } author, null) => s => s.AuthorId == author,
        (null, { } organisation) => s => s.OrganisationId == organisation,
        _ => throw Invalid("Give exactly one of authorId and organisationId."),
    };

    private static ReviewedSuggestion Reviewed(Suggestion s, HeadView head) =>
        new(s, EditedSince: s.State == SuggestionState.Open && !s.Anchor.StillQuotes(head.Text));

    private static string Reason(SuggestionPlan.SkipReason reason) => reason == SuggestionPlan.SkipReason.EditedSince ? "edited_since" : "overlaps";

    private static CoDraftException SuggestionNotFound() => new(ErrorCodes.SuggestionNotFound, "No such suggestion on this statement.");

    private static CoDraftException NotOpen(Suggestion s) =>
        new(ErrorCodes.SuggestionNotOpen, $"The suggestion was already {s.State.ToString().ToLowerInvariant()}.");
}
