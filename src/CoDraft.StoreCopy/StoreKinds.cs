using CoDraft.Core.Storage;
using CoDraft.Core.Accounts;
using CoDraft.Core.Audit;
using CoDraft.Core.Review;

namespace CoDraft.StoreCopy;

/// <summary>
/// Every kind of data <c>store copy</c> moves, in the order it writes them (a record comes after what it refers
/// to: organisations and people before memberships, statements before their ops). A new kind of stored data is one
/// more entry here; docs/storage.md ("Copying a store") says how.
/// </summary>
public static class StoreKinds
{
    /// <summary>How many consecutive ops of one statement are appended to the target at once.</summary>
    public const int OpBatchSize = 500;

    /// <summary>The kinds, in writing order.</summary>
    public static IReadOnlyList<IStoreKind> All { get; } =
    [
        new StoreKind<Organisation>(
            "organisations",
            (s, ct) => s.ListOrganisationsAsync(ct),
            o => o.Id.ToString(),
            StoreKind<Organisation>.OneByOne((s, o, ct) => s.CreateOrganisationAsync(o, ct))),
        new StoreKind<Person>(
            "people",
            (s, ct) => Export(s).ListPeopleAsync(ct),
            p => p.Id.ToString(),
            StoreKind<Person>.OneByOne((s, p, ct) => s.CreatePersonAsync(p, ct)))
        {
            AlsoUnique = [("email", p => p.Email)],
        },
        new StoreKind<Membership>(
            "memberships",
            async (s, ct) => (await Each(await s.ListOrganisationsAsync(ct), o => s.ListMembersAsync(o.Id, ct))),
            m => m.PersonId.ToString(),
            StoreKind<Membership>.OneByOne((s, m, ct) => s.AddMembershipAsync(m, ct))),
        new StoreKind<AccessToken>(
            "access tokens",
            async (s, ct) => await Each(await Export(s).ListPeopleAsync(ct), p => s.ListAccessTokensAsync(p.Id, ct)),
            t => t.Id.ToString(),
            StoreKind<AccessToken>.OneByOne((s, t, ct) => s.AddAccessTokenAsync(t, ct)))
        {
            AlsoUnique = [("token hash", t => t.TokenHash)],
        },
        new StoreKind<Invitation>(
            "invitations",
            (s, ct) => Export(s).ListInvitationsAsync(ct),
            i => i.Id.ToString(),
            StoreKind<Invitation>.OneByOne((s, i, ct) => s.AddInvitationAsync(i, ct)))
        {
            AlsoUnique = [("token hash", i => i.TokenHash)],
        },
        new StoreKind<StatementRecord>(
            "statements",
            (s, ct) => s.ListStatementsAsync(ct),
            s => s.Id.ToString(),
            StoreKind<StatementRecord>.OneByOne((s, r, ct) => s.CreateStatementAsync(r, ct)))
        {
            // The head version and last change follow from the ops, copied next.
            ComparedWhenPresent = r => r with { Version = 0, UpdatedAt = default },
        },
        new StoreKind<CommittedOp>(
            "ops",
            (s, ct) => PerStatement(s, id => s.ReadOpsAsync(id, 0, long.MaxValue, ct), ct),
            o => $"{o.StatementId}/{o.Version:D19}",
            AppendOpsAsync),
        new StoreKind<TextSnapshot>(
            "snapshots",
            (s, ct) => PerStatement(s, id => Export(s).ListSnapshotsAsync(id, ct), ct),
            t => $"{t.StatementId}/{t.Version:D19}",
            StoreKind<TextSnapshot>.OneByOne((s, t, ct) => s.SaveSnapshotAsync(t, ct))),
        new StoreKind<Revision>(
            "revisions",
            (s, ct) => PerStatement(s, id => s.ListRevisionsAsync(id, ct), ct),
            r => r.Id.ToString(),
            StoreKind<Revision>.OneByOne((s, r, ct) => s.AddRevisionAsync(r, ct))),
        new StoreKind<StatementAccess>(
            "statement access",
            async (s, ct) => await Each(await s.ListStatementsAsync(ct), async r =>
                await s.FindStatementAccessAsync(r.Id, ct) is { } access ? [access] : (IReadOnlyList<StatementAccess>)[]),
            a => a.StatementId.ToString(),
            StoreKind<StatementAccess>.OneByOne(ImportAccessAsync)),
        new StoreKind<StatementLifecycle>(
            "lifecycle",
            // A statement never moved has no stored state (it is Drafting); only moved ones are records to copy.
            (s, ct) => PerStatement(s, async id => await s.FindLifecycleAsync(id, ct) is { ChangedAt: not null } l ? [l] : (IReadOnlyList<StatementLifecycle>)[], ct),
            l => l.StatementId.ToString(),
            StoreKind<StatementLifecycle>.OneByOne(async (s, l, ct) => Require(await Import(s).ImportLifecycleAsync(l, ct), "lifecycle", l.StatementId))),
        new StoreKind<Publication>(
            "publications",
            (s, ct) => s.ListPublicationsAsync(ct),
            p => p.StatementId.ToString(),
            StoreKind<Publication>.OneByOne(async (s, p, ct) => Require(await Import(s).ImportPublicationAsync(p, ct), "publication", p.StatementId))),
        new StoreKind<SignOffRoundRecord>(
            "sign-off rounds",
            (s, ct) => PerStatement(s, id => s.ListRoundsAsync(id, ct), ct),
            r => r.Round.Id.ToString(),
            StoreKind<SignOffRoundRecord>.OneByOne(async (s, r, ct) => Require(await Import(s).ImportRoundAsync(r, ct), "sign-off round", r.Round.StatementId))),
        new StoreKind<AuditEntry>(
            "audit entries",
            (s, ct) => PerStatement(s, id => s.ListAuditAsync(id, ct), ct),
            a => $"{a.Scope}/{a.Sequence:D19}",
            // Appended in order, the chain computes the same sequence numbers and hashes; verification compares them.
            StoreKind<AuditEntry>.OneByOne((s, a, ct) => s.AppendAuditAsync(a.Scope, a.At, a.Actor, a.Action, a.Details, ct))),
        new StoreKind<CommentThread>(
            "comment threads",
            (s, ct) => PerStatement(s, id => s.ListThreadsAsync(id, ct), ct),
            t => t.Id.ToString(),
            StoreKind<CommentThread>.OneByOne(CopyThreadAsync)),
        new StoreKind<Suggestion>(
            "suggestions",
            (s, ct) => PerStatement(s, id => s.ListSuggestionsAsync(id, ct), ct),
            g => g.Id.ToString(),
            StoreKind<Suggestion>.OneByOne((s, g, ct) => s.AddSuggestionAsync(g, ct))),
        // Schema 4: the public side of published statements (docs/publication.md).
        new StoreKind<PublicSlug>(
            "public addresses",
            (s, ct) => PerStatement(s, async id => await s.FindPublicSlugAsync(id, ct) is { } slug ? [new PublicSlug(id, slug)] : (IReadOnlyList<PublicSlug>)[], ct),
            p => p.StatementId.ToString(),
            StoreKind<PublicSlug>.OneByOne(ClaimSlugAsync))
        {
            AlsoUnique = [("address", p => p.Slug)],
        },
        new StoreKind<SignOnRequest>(
            "sign-on requests",
            // Rejected ones first: a name may be asked for again after a rejection, never while another request stands.
            async (s, ct) => (await PerStatement(s, id => s.ListSignOnRequestsAsync(id, ct), ct))
                .OrderBy(r => r.Status == SignOnStatus.Rejected ? 0 : 1).ToList(),
            r => r.Id.ToString(),
            StoreKind<SignOnRequest>.OneByOne(CopySignOnRequestAsync)),
        new StoreKind<Correction>(
            "corrections",
            (s, ct) => PerStatement(s, id => s.ListCorrectionsAsync(id, ct), ct),
            c => $"{c.StatementId}/{c.Number:D19}",
            StoreKind<Correction>.OneByOne(async (s, c, ct) => Require(await s.AddCorrectionAsync(c, ct), "correction", c.StatementId))),
        new StoreKind<Reconfirmation>(
            "reconfirmations",
            (s, ct) => PerStatement(s, id => s.ListReconfirmationsAsync(id, ct), ct),
            r => $"{r.StatementId}/{r.CorrectionNumber:D19}/{r.OrganisationId}",
            StoreKind<Reconfirmation>.OneByOne(async (s, r, ct) => Require(await s.SetReconfirmationAsync(r, ct), "reconfirmation", r.StatementId))),
    ];

    /// <summary>A published statement's public address, as <c>store copy</c> moves it.</summary>
    public sealed record PublicSlug(Guid StatementId, string Slug);

    /// <summary>The store's <see cref="IStoreExport"/>, which every adapter implements.</summary>
    /// <exception cref="NotSupportedException">The store does not implement it.</exception>
    public static IStoreExport Export(IDraftStore store) =>
        store as IStoreExport ?? throw new NotSupportedException($"{store.GetType().Name} cannot list all it holds (it lacks {nameof(IStoreExport)}).");

    /// <summary>The store's <see cref="IStoreImport"/>, which every adapter implements.</summary>
    /// <exception cref="NotSupportedException">The store does not implement it.</exception>
    public static IStoreImport Import(IDraftStore store) =>
        store as IStoreImport ?? throw new NotSupportedException($"{store.GetType().Name} cannot import (it lacks {nameof(IStoreImport)}).");

    /// <summary>Every record <paramref name="read"/> gives for each statement of the store, statement by statement.</summary>
    public static async Task<IReadOnlyList<T>> PerStatement<T>(
        IDraftStore store, Func<Guid, Task<IReadOnlyList<T>>> read, CancellationToken cancellationToken) =>
        await Each(await store.ListStatementsAsync(cancellationToken), s => read(s.Id));

    private static async Task<IReadOnlyList<T>> Each<TParent, T>(IEnumerable<TParent> parents, Func<TParent, Task<IReadOnlyList<T>>> read)
    {
        var all = new List<T>();
        foreach (var parent in parents)
        {
            all.AddRange(await read(parent));
        }
        return all;
    }

    /// <summary>Appends the missing ops statement by statement, in batches of consecutive versions, as the source committed them.</summary>
    private static async Task AppendOpsAsync(IDraftStore target, IReadOnlyList<CommittedOp> ops, CancellationToken cancellationToken)
    {
        foreach (var statement in ops.GroupBy(o => o.StatementId))
        {
            var ordered = statement.OrderBy(o => o.Version).ToList();
            var start = 0;
            while (start < ordered.Count)
            {
                var end = start + 1;
                while (end < ordered.Count && end - start < OpBatchSize && ordered[end].Version == ordered[end - 1].Version + 1)
                {
                    end++;
                }
                var batch = ordered[start..end];
                var outcome = await target.AppendAsync(batch, cancellationToken);
                if (outcome.Status != AppendStatus.Committed)
                {
                    throw new InvalidOperationException(
                        $"The target refused ops {batch[0].Version}–{batch[^1].Version} of statement {statement.Key}: {outcome.Status}.");
                }
                start = end;
            }
        }
    }

    private static void Require(bool written, string what, Guid statementId)
    {
        if (!written)
        {
            throw new InvalidOperationException($"Statement {statementId} gained a {what} in the target during the copy.");
        }
    }

    /// <summary>A thread as the ports build one: stored without its replies, which are added in order.</summary>
    private static async Task CopyThreadAsync(IDraftStore target, CommentThread thread, CancellationToken cancellationToken)
    {
        await target.AddThreadAsync(thread with { Replies = [] }, cancellationToken);
        foreach (var reply in thread.Replies)
        {
            Require(await target.AddReplyAsync(thread.StatementId, thread.Id, reply, cancellationToken), "comment reply", thread.StatementId);
        }
    }

    private static async Task ClaimSlugAsync(IDraftStore target, PublicSlug slug, CancellationToken cancellationToken)
    {
        // The time of the claim is not part of what the address means; the publication's time stands for it.
        var at = (await target.FindPublicationAsync(slug.StatementId, cancellationToken))?.PublishedAt ?? DateTimeOffset.UnixEpoch;
        if (await target.ClaimPublicSlugAsync(slug.StatementId, slug.Slug, at, cancellationToken) != slug.Slug)
        {
            throw new InvalidOperationException($"Statement {slug.StatementId} could not take the public address '{slug.Slug}' in the target.");
        }
    }

    /// <summary>A request as the ports build one: added while pending, then moderated as it was in the source.</summary>
    private static async Task CopySignOnRequestAsync(IDraftStore target, SignOnRequest request, CancellationToken cancellationToken)
    {
        Require(await target.AddSignOnRequestAsync(request with { Status = SignOnStatus.Pending, ModeratedBy = null, ModeratedAt = null }, cancellationToken),
            "sign-on request for the same organisation", request.StatementId);
        if (request.Status != SignOnStatus.Pending)
        {
            _ = await target.ModerateSignOnRequestAsync(
                request.StatementId, request.Id, request.Status, request.ModeratedBy ?? string.Empty, request.ModeratedAt ?? request.RequestedAt, cancellationToken)
                ?? throw new InvalidOperationException($"Sign-on request {request.Id} could not be moderated in the target.");
        }
    }

    private static async Task ImportAccessAsync(IDraftStore target, StatementAccess access, CancellationToken cancellationToken)
    {
        if (!await Import(target).ImportStatementAccessAsync(access, cancellationToken))
        {
            throw new InvalidOperationException($"Statement {access.StatementId} gained access settings in the target during the copy.");
        }
    }
}
