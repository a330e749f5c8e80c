using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Server.Auth;
using CoDraft.Server.Editing;

using CoDraft.Server.Audit;

namespace CoDraft.Server.SignOff;

/// <summary>
/// Review and sign-off of one statement at a time: opening rounds, re-issuing candidates, signatories' decisions,
/// the moves a lead makes by hand, and publishing (docs/review.md). Callers have already been checked for the
/// action's role (StatementGuard); this adds the rules that depend on the statement's state and organisations.
/// Every change is stored first (with the store's own atomic checks), then audited, then broadcast.
/// </summary>
public sealed partial class SignOffService(
    ILifecycleStore store,
    ISignOffStore signOffs,
    IPublicationStore publications,
    IStatementStore statements,
    IAuditLog auditLog,
    IAccountStore accounts,
    ISnapshotStore snapshots,
    IOpLog opLog,
    DraftEditor editor,
    RevisionRecorder revisions,
    AuditTrail audit,
    StateChangeRecorder states,
    ISignOffNotifier notifier,
    Approvers approvers,
    TimeProvider clock,
    Publishing.PublicContentChanges publicContent,
    Publishing.PublicationService publicationService)
{
    /// <summary>Longest decision comment, in UTF-16 units: a few paragraphs, not a counter-draft.</summary>
    public const int MaxCommentLength = 4000;

    /// <summary>Opens a round on the current version; the statement must be in Drafting.</summary>
    /// <remarks>The round requires <paramref name="requiredOrganisations"/> (null: every organisation of the statement); <paramref name="deadline"/> is optional.</remarks>
    public async Task<SignOffStatus> OpenRoundAsync(
        StatementCaller caller, Guid statementId, IReadOnlyList<Guid>? requiredOrganisations, DateTimeOffset? deadline, CancellationToken ct)
    {
        var state = (await store.FindLifecycleAsync(statementId, ct)).State;
        if (state != StatementState.Drafting)
        {
            throw Illegal(state, "A round can be opened only on a statement in drafting; withdraw the current round first (move it back to Drafting).");
        }
        var required = SignOffRules.RequiredOrganisations(caller.Access, requiredOrganisations);
        await RequireApproversAsync(caller.Access, required, ct);
        var now = clock.GetUtcNow();
        if (deadline is { } due && due <= now)
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, "The deadline must be in the future.");
        }
        var (text, version) = await editor.ReadHeadAsync(statementId, ct);
        var candidate = new SignOffCandidate(version, TextHash.Sha256(text), now);
        var round = new SignOffRound(Guid.NewGuid(), statementId, required, deadline, [candidate]);
        var by = Actor(caller);
        if (!await signOffs.OpenRoundAsync(round, by, now, ct))
        {
            throw Illegal((await store.FindLifecycleAsync(statementId, ct)).State, "Another change moved the statement out of drafting first.");
        }
        var number = (await signOffs.ListRoundsAsync(statementId, ct)).Count;
        await revisions.RecordCandidateAsync(statementId, version, text, $"Sign-off round {number}, candidate 1", by, ct);
        await audit.RecordAsync(statementId, by, AuditActions.RoundOpened, new
        {
            roundId = round.Id, version, sha256 = candidate.Sha256, requiredOrganisations = required, deadline,
        }, ct);
        await notifier.RoundChangedAsync(statementId, round, "opened", candidate);
        await RecordStateAsync(statementId, by, StatementState.Drafting, StatementState.InReview, "A sign-off round was opened.", now, ct);
        return await ViewAsync(statementId, ct);
    }

    /// <summary>Issues the current version as the round's new candidate; earlier decisions stay, as stale ones.</summary>
    public async Task<SignOffStatus> ReissueAsync(StatementCaller caller, Guid statementId, CancellationToken ct)
    {
        var (state, current) = await CurrentRoundAsync(statementId, ct);
        if (state != StatementState.InReview)
        {
            throw Illegal(state, state == StatementState.Approved
                ? "Every required organisation approved the current text; nothing to re-issue."
                : "No sign-off round is open.");
        }
        var (text, version) = await editor.ReadHeadAsync(statementId, ct);
        var sha256 = TextHash.Sha256(text);
        if (sha256 == current.Round.Current.Sha256)
        {
            throw new CoDraftException(ErrorCodes.NothingChanged, "The text is exactly the current candidate's; its approvals still count.");
        }
        var now = clock.GetUtcNow();
        var candidate = new SignOffCandidate(version, sha256, now);
        if (!await signOffs.AddCandidateAsync(statementId, current.Round.Id, candidate, ct))
        {
            throw new CoDraftException(ErrorCodes.NoOpenRound, "The round changed meanwhile (withdrawn, approved or re-issued); read it again.");
        }
        var by = Actor(caller);
        var rounds = await signOffs.ListRoundsAsync(statementId, ct);
        await revisions.RecordCandidateAsync(statementId, version, text, $"Sign-off round {rounds.Count}, candidate {current.Round.Candidates.Count + 1}", by, ct);
        await audit.RecordAsync(statementId, by, AuditActions.CandidateIssued, new
        {
            roundId = current.Round.Id, version, sha256, previousVersion = current.Round.Current.Version, previousSha256 = current.Round.Current.Sha256,
        }, ct);
        await notifier.RoundChangedAsync(statementId, current.Round, "candidate_issued", candidate);
        return await ViewAsync(statementId, ct);
    }

    /// <summary>
    /// Records a signatory's decision for their own organisation about the current candidate, whose hash they name.
    /// The last approval needed moves the statement to Approved; a change of mind moves it back to review.
    /// </summary>
    /// <remarks>
    /// <paramref name="organisationId"/> defaults to the caller's; <paramref name="sha256"/> is the hash of the candidate text
    /// the signatory read; a request for changes needs a <paramref name="comment"/>.
    /// </remarks>
    public async Task<SignOffStatus> DecideAsync(
        StatementCaller caller, Guid statementId, Guid? organisationId, SignOffDecisionKind? decision, string? sha256, string? comment, CancellationToken ct)
    {
        var kind = decision ?? throw new CoDraftException(ErrorCodes.InvalidRequest, "decision is required (Approve, RequestChanges or Decline).");
        var deciding = SignOffRules.DecidingOrganisation(caller.Role, caller.OrganisationId, organisationId);
        var read = sha256 ?? throw new CoDraftException(ErrorCodes.InvalidRequest, "sha256 (of the candidate text you read) is required.");
        var note = Comment(comment, kind);
        var (state, current) = await CurrentRoundAsync(statementId, ct);
        if (state is not (StatementState.InReview or StatementState.Approved))
        {
            throw new LifecycleException(ErrorCodes.NoOpenRound, state, "No sign-off round is open.");
        }
        SignOffRules.RequireAsked(current.Round, deciding);
        var candidate = current.Round.Current;
        if (read != candidate.Sha256)
        {
            throw new CoDraftException(ErrorCodes.StaleCandidate, $"That is not the current candidate's text (version {candidate.Version}, SHA-256 {candidate.Sha256}); read it and decide again.");
        }
        var (text, version) = await editor.ReadHeadAsync(statementId, ct);
        if (TextHash.Sha256(text) != candidate.Sha256)
        {
            throw new CoDraftException(ErrorCodes.CandidateOutdated, "The text changed after this candidate was issued; the lead re-issues it before anyone decides.");
        }
        var now = clock.GetUtcNow();
        var by = Actor(caller);
        var made = new SignOffDecision(deciding, by, kind, candidate.Version, candidate.Sha256, note, now);
        if (!await signOffs.AddDecisionAsync(statementId, current.Round.Id, made, ct))
        {
            throw new CoDraftException(ErrorCodes.StaleCandidate, "The candidate changed meanwhile; read it and decide again.");
        }
        await audit.RecordAsync(statementId, by, AuditActions.DecisionMade, new
        {
            roundId = current.Round.Id, organisationId = deciding, decision = kind, version = candidate.Version, sha256 = candidate.Sha256, comment = note,
        }, ct);
        var (settled, latest) = await CurrentRoundAsync(statementId, ct);
        var allApproved = latest.Round.AllApproved(latest.Decisions, TextHash.Sha256(text));
        await notifier.DecisionMadeAsync(statementId, current.Round.Id, made, allApproved);
        await SettleStateAsync(statementId, by, settled, allApproved, version, ct);
        return await ViewAsync(statementId, ct);
    }

    /// <summary>
    /// A move a lead makes by hand: withdraw the round (back to Drafting) or close a published statement. Every other
    /// move has its own path (opening a round, the last approval, publishing) and is refused here with the reason.
    /// </summary>
    public async Task<StatementLifecycle> TransitionAsync(StatementCaller caller, Guid statementId, StatementState to, CancellationToken ct)
    {
        var state = (await store.FindLifecycleAsync(statementId, ct)).State;
        var reason = to switch
        {
            _ when !Lifecycle.CanMove(state, to) =>
                $"A statement in {state} can move only to {Describe(Lifecycle.Next(state))}.",
            StatementState.InReview => "Open a sign-off round to put the text in review (POST …/signoff/rounds).",
            StatementState.Approved => "A statement becomes approved when every required organisation approved its exact text.",
            StatementState.Published => "Publish it (POST …/publish), which checks every approval.",
            _ => null,
        };
        if (reason is not null)
        {
            throw Illegal(state, reason);
        }
        var now = clock.GetUtcNow();
        var by = Actor(caller);
        if (!await store.ChangeStateAsync(new StateChange(statementId, state, to, by, now), ct))
        {
            throw Illegal((await store.FindLifecycleAsync(statementId, ct)).State, "Another change moved the statement first; read it again.");
        }
        if (state == StatementState.Published)
        {
            // A closed statement's page says so and takes no more sign-ons.
            publicContent.Changed(statementId);
        }
        await RecordStateAsync(statementId, by, state, to,
            to == StatementState.Drafting ? "The lead withdrew the sign-off round." : "The lead closed the statement.", now, ct);
        return await store.FindLifecycleAsync(statementId, ct);
    }

    /// <summary>The statement's lifecycle (<see cref="Lifecycle.ByHand"/> gives the moves a lead can ask for from here).</summary>
    public Task<StatementLifecycle> LifecycleAsync(Guid statementId, CancellationToken ct) => store.FindLifecycleAsync(statementId, ct);

    /// <summary>
    /// After a decision: Approved when every required organisation approved the head text (checked again by the store
    /// against <paramref name="version"/>), back to review when an approval was withdrawn.
    /// </summary>
    private async Task SettleStateAsync(Guid statementId, string by, StatementState state, bool allApproved, long version, CancellationToken ct)
    {
        if (Lifecycle.Settle(state, allApproved) is not { } to)
        {
            return;
        }
        var now = clock.GetUtcNow();
        // The store checks the head version only when approving: an approval counts for the text it was made on.
        var change = new StateChange(statementId, state, to, by, now, HeadVersion: to == StatementState.Approved ? version : null);
        if (await store.ChangeStateAsync(change, ct))
        {
            await RecordStateAsync(statementId, by, state, to,
                to == StatementState.Approved ? "Every required organisation approved the exact text." : "An organisation withdrew its approval.", now, ct);
        }
    }

    private Task RecordStateAsync(Guid statementId, string by, StatementState from, StatementState to, string reason, DateTimeOffset at, CancellationToken ct) =>
        states.RecordAsync(statementId, by, from, to, reason, at, ct);

    /// <summary>The state and the statement's newest round; refused when there is none.</summary>
    private async Task<(StatementState State, SignOffRoundRecord Round)> CurrentRoundAsync(Guid statementId, CancellationToken ct)
    {
        var state = (await store.FindLifecycleAsync(statementId, ct)).State;
        var rounds = await signOffs.ListRoundsAsync(statementId, ct);
        if (rounds.Count == 0 || state == StatementState.Drafting)
        {
            throw new LifecycleException(ErrorCodes.NoOpenRound, state, "No sign-off round is open.");
        }
        return (state, rounds[^1]);
    }

    /// <summary>A round that requires an organisation nobody can approve for could never complete: refused, naming them.</summary>
    private async Task RequireApproversAsync(StatementAccess access, IReadOnlyList<Guid> required, CancellationToken ct)
    {
        var without = await approvers.WithoutApproverAsync(access, required, ct);
        if (without.Count == 0)
        {
            return;
        }
        var named = new List<NamedOrganisation>();
        foreach (var organisationId in without)
        {
            named.Add(new NamedOrganisation(organisationId, (await accounts.FindOrganisationAsync(organisationId, ct))?.Name ?? ""));
        }
        var names = string.Join(", ", named.Select(n => n.Name));
        throw new CoDraftException(ErrorCodes.NoSignatory,
            $"Nobody can approve yet for: {names}. Their administrators name a signatory first (or leave them out of the round).")
        {
            Details = new Dictionary<string, object?> { ["organisations"] = named },
        };
    }

    private static string? Comment(string? comment, SignOffDecisionKind kind)
    {
        var trimmed = comment?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return kind == SignOffDecisionKind.RequestChanges
                ? throw new CoDraftException(ErrorCodes.InvalidRequest, "A request for changes needs a comment saying what to change.")
                : null;
        }
        if (trimmed.Length > MaxCommentLength || !CodePoints.IsWellFormed(trimmed))
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, $"The comment must be well-formed text of at most {MaxCommentLength} characters.");
        }
        XmlSafeText.Require(trimmed, "comment");
        return trimmed;
    }

    private static string Describe(IReadOnlyList<StatementState> states) =>
        states.Count == 0 ? "nothing (it is final)" : string.Join(" or ", states);

    private static LifecycleException Illegal(StatementState state, string reason) => new(ErrorCodes.IllegalTransition, state, reason);

    private static string Actor(StatementCaller caller) => caller.PersonId.ToString("D");
}
