using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Publishing;
using CoDraft.Core.Storage;

using CoDraft.Server.Audit;

namespace CoDraft.Server.Publishing;

/// <summary>
/// Reads published statements for the public side and the exports. Every public read goes through
/// <see cref="FindPublicAsync"/> or <see cref="ListPublicAsync"/>, which leave out what is still under embargo.
/// </summary>
public sealed partial class PublicationService(
    IPublicationStore store, ISignOnStore signOns, IStatementStore statements, ICorrectionStore correctionStore, IAccountStore accounts,
    ILifecycleStore lifecycle, ISignOffStore signOffs, IPublicSlugStore publicSlugs, PublicSlugs slugs, TimeProvider clock, AuditTrail audit, PublicContentChanges changes)
{
    /// <summary>The statement at <paramref name="slug"/> if it is public now; null otherwise (unknown, or under embargo).</summary>
    public async Task<PublishedStatement?> FindPublicAsync(string slug, CancellationToken ct)
    {
        if (!PublicSlugs.IsWellFormed(slug) || await publicSlugs.FindStatementBySlugAsync(slug, ct) is not { } id)
        {
            return null;
        }
        var publication = await store.FindPublicationAsync(id, ct);
        if (publication is null || !publication.IsPublicAt(clock.GetUtcNow()))
        {
            return null;
        }
        return await LoadAsync(publication, ct);
    }

    /// <summary>Every statement public now, the most recently made public first.</summary>
    public async Task<IReadOnlyList<PublishedStatement>> ListPublicAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var list = new List<PublishedStatement>();
        foreach (var publication in await store.ListPublicationsAsync(ct))
        {
            if (publication.IsPublicAt(now))
            {
                list.Add(await LoadAsync(publication, ct));
            }
        }
        return list.OrderByDescending(p => p.PublicSince).ToList();
    }

    /// <summary>The earliest end of an embargo after <paramref name="now"/>, when some statement is still under one.</summary>
    public async Task<DateTimeOffset?> NextEmbargoEndAsync(DateTimeOffset now, CancellationToken ct)
    {
        DateTimeOffset? next = null;
        foreach (var publication in await store.ListPublicationsAsync(ct))
        {
            if (publication.PublicFrom is { } from && from > now && (next is null || from < next))
            {
                next = from;
            }
        }
        return next;
    }

    /// <summary>The statement's publication for its participants, embargoed or not; refused before publication.</summary>
    public async Task<PublishedStatement> ForParticipantsAsync(Guid statementId, CancellationToken ct)
    {
        var publication = await store.FindPublicationAsync(statementId, ct)
            ?? throw new CoDraftException(ErrorCodes.PublicationNotPublished, "The statement is not published yet.");
        return await LoadAsync(publication, ct);
    }

    /// <summary>The statement's public address, made when first asked for (publishing asks at once).</summary>
    public async Task<string> SlugAsync(Guid statementId, CancellationToken ct)
    {
        var statement = await statements.FindStatementAsync(statementId, ct)
            ?? throw new CoDraftException(ErrorCodes.StatementNotFound, "No such statement.");
        return await slugs.EnsureAsync(statementId, statement.Title, ct);
    }

    private async Task<PublishedStatement> LoadAsync(Publication publication, CancellationToken ct)
    {
        var id = publication.StatementId;
        var statement = await statements.FindStatementAsync(id, ct);
        var title = statement?.Title ?? "Statement";
        var slug = await slugs.EnsureAsync(id, title, ct);
        var corrections = await correctionStore.ListCorrectionsAsync(id, ct);
        var answers = corrections.Count == 0
            ? []
            : (await correctionStore.ListReconfirmationsAsync(id, ct)).Where(r => r.CorrectionNumber == corrections[^1].Number).ToList();

        var signatories = new List<ListedSignatory>();
        foreach (var (organisationId, approvedAt) in await OriginalSignatoriesAsync(publication, ct))
        {
            var organisation = await accounts.FindOrganisationAsync(organisationId, ct);
            if (organisation is null)
            {
                continue;
            }
            var answer = answers.FirstOrDefault(a => a.OrganisationId == organisationId);
            var status = corrections.Count == 0 ? ReconfirmationStatus.NotAsked
                : answer is null ? ReconfirmationStatus.Pending
                : answer.Decision == ReconfirmationDecision.Reconfirmed ? ReconfirmationStatus.Reconfirmed
                : ReconfirmationStatus.Withdrawn;
            signatories.Add(new ListedSignatory(organisation.Id, organisation.Name, organisation.Country, organisation.Type,
                organisation.Website, Original: true, approvedAt, status, answer?.At));
        }
        foreach (var request in (await signOns.ListSignOnRequestsAsync(id, ct))
                     .Where(r => r.Status == SignOnStatus.Approved && r.ConsentToList)
                     .OrderBy(r => r.ModeratedAt))
        {
            signatories.Add(new ListedSignatory(null, request.OrganisationName, request.Country, request.Type, request.Website,
                Original: false, request.ModeratedAt ?? request.RequestedAt, ReconfirmationStatus.NotAsked, null));
        }
        var closed = (await lifecycle.FindLifecycleAsync(id, ct)).State == StatementState.Closed;
        return new PublishedStatement(title, slug, publication, corrections, signatories, closed);
    }

    /// <summary>
    /// The organisations that approved exactly the published text in the round it was published from, in the
    /// round's order, with the time of that approval.
    /// </summary>
    public async Task<IReadOnlyList<(Guid OrganisationId, DateTimeOffset ApprovedAt)>> OriginalSignatoriesAsync(Publication publication, CancellationToken ct)
    {
        var rounds = await signOffs.ListRoundsAsync(publication.StatementId, ct);
        if (rounds.Count == 0)
        {
            return [];
        }
        var round = rounds[^1];
        return round.Round.Tally(round.Decisions)
            .Where(o => o.Approved && o.Current!.CandidateSha256 == publication.Sha256)
            .Select(o => (o.OrganisationId, o.Current!.At))
            .ToList();
    }
}
