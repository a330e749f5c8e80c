using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Apis.Contracts;
using CoDraft.Server.Partnerships;

using CoDraft.Server.SignOff;

namespace CoDraft.Server.Apis;

/// <summary>
/// Builds the views of who takes part, resolving ids to the names people read. Each view reads every name once;
/// a person or organisation that no longer exists is left out rather than shown as an id.
/// </summary>
public sealed class AccessViews(IAccountStore store, Approvers approvers)
{
    /// <summary>The statement's access as its participants see it.</summary>
    public async Task<StatementAccessView> StatementAsync(StatementAccess access, CancellationToken ct)
    {
        var names = new NameCache(store);
        var organisations = new List<OrganisationView>();
        foreach (var organisationId in access.Organisations)
        {
            if (await names.OrganisationAsync(organisationId, ct) is { } organisation)
            {
                organisations.Add(OrganisationView.From(organisation));
            }
        }
        var invited = new List<InvitedPartnerView>();
        foreach (var invitation in access.InvitedPartners)
        {
            if (await names.OrganisationAsync(invitation.OrganisationId, ct) is { } organisation)
            {
                invited.Add(new InvitedPartnerView(
                    OrganisationView.From(organisation), invitation.Status, await names.PersonAsync(invitation.InvitedBy, ct), invitation.InvitedAt, invitation.AnsweredAt));
            }
        }
        var people = new List<ParticipantView>();
        foreach (var member in access.People)
        {
            if (await store.FindPersonAsync(member.PersonId, ct) is { } person)
            {
                people.Add(new ParticipantView(person.Id, person.Name, member.OrganisationId, member.Role));
            }
        }
        var without = await approvers.WithoutApproverAsync(access, access.Organisations, ct);
        return new StatementAccessView(
            access.StatementId, organisations[0], organisations.Skip(1).ToList(), invited, people, await ProposalsAsync(names, access.SignatoryProposals, ct), without);
    }

    /// <summary>A statement as the administrators of <paramref name="organisationId"/> see it.</summary>
    public async Task<OrganisationStatementView?> OrganisationAsync(Guid organisationId, StatementRecord statement, StatementAccess access, CancellationToken ct)
    {
        var names = new NameCache(store);
        if (await names.OrganisationAsync(access.ConveningOrganisationId, ct) is not { } convening)
        {
            return null;
        }
        var invitation = access.InvitationOf(organisationId);
        var status = organisationId == access.ConveningOrganisationId ? OrganisationStatementStatus.Convening
            : access.Includes(organisationId) ? OrganisationStatementStatus.TakingPart
            : invitation is { Status: PartnerStatus.Declined } ? OrganisationStatementStatus.Declined
            : OrganisationStatementStatus.Invited;
        var signatories = new List<PersonRefView>();
        foreach (var member in access.People.Where(p => p.OrganisationId == organisationId && p.Role == StatementRole.Signatory))
        {
            signatories.Add(new PersonRefView(member.PersonId, await names.PersonAsync(member.PersonId, ct)));
        }
        var proposals = await ProposalsAsync(names, access.SignatoryProposals.Where(p => p.OrganisationId == organisationId), ct);
        return new OrganisationStatementView(
            statement.Id, statement.Title, OrganisationView.From(convening), status,
            invitation is null ? null : await names.PersonAsync(invitation.InvitedBy, ct), invitation?.InvitedAt, signatories, proposals);
    }

    private static async Task<IReadOnlyList<SignatoryProposalView>> ProposalsAsync(NameCache names, IEnumerable<SignatoryProposal> proposals, CancellationToken ct)
    {
        var views = new List<SignatoryProposalView>();
        foreach (var proposal in proposals)
        {
            views.Add(new SignatoryProposalView(
                proposal.PersonId, await names.PersonAsync(proposal.PersonId, ct), proposal.OrganisationId, await names.PersonAsync(proposal.ProposedBy, ct), proposal.ProposedAt));
        }
        return views;
    }

    /// <summary>Names read once per view.</summary>
    private sealed class NameCache(IAccountStore store)
    {
        private readonly Dictionary<Guid, string> people = [];
        private readonly Dictionary<Guid, Organisation?> organisations = [];

        /// <summary>The person's name; "Someone no longer here" when they were deleted.</summary>
        public async Task<string> PersonAsync(Guid personId, CancellationToken ct)
        {
            if (!people.TryGetValue(personId, out var name))
            {
                name = (await store.FindPersonAsync(personId, ct))?.Name ?? "Someone no longer here";
                people[personId] = name;
            }
            return name;
        }

        public async Task<Organisation?> OrganisationAsync(Guid organisationId, CancellationToken ct)
        {
            if (!organisations.TryGetValue(organisationId, out var organisation))
            {
                organisation = await store.FindOrganisationAsync(organisationId, ct);
                organisations[organisationId] = organisation;
            }
            return organisation;
        }
    }
}
