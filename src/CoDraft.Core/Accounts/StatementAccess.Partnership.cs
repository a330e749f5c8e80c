using CoDraft.Core.Errors;

namespace CoDraft.Core.Accounts;

// Organisations are trust boundaries: an organisation takes part only when its administrators accept, and who
// approves in its name is confirmed by them. Leads invite and propose; they never decide for another organisation.
public sealed partial record StatementAccess
{
    /// <summary>Organisations asked to take part that have not accepted: invited, or declined.</summary>
    public IReadOnlyList<PartnerInvitation> InvitedPartners { get; init; } = [];

    /// <summary>People proposed as signatories, waiting for their organisation's administrators to confirm.</summary>
    public IReadOnlyList<SignatoryProposal> SignatoryProposals { get; init; } = [];

    /// <summary>Where <paramref name="organisationId"/> stands: null when it was never asked or has been removed.</summary>
    public PartnerInvitation? InvitationOf(Guid organisationId) => InvitedPartners.FirstOrDefault(i => i.OrganisationId == organisationId);

    /// <summary>
    /// Asks an organisation to take part. It does not take part, hold roles or count in a round until one of its
    /// administrators accepts (<see cref="AcceptPartnership"/>). Asking one that takes part, or is already asked,
    /// changes nothing; asking one that declined asks again.
    /// </summary>
    public StatementAccess InvitePartner(Guid organisationId, Guid invitedBy, DateTimeOffset at)
    {
        if (Includes(organisationId) || InvitationOf(organisationId) is { Status: PartnerStatus.Invited })
        {
            return this;
        }
        var others = InvitedPartners.Where(i => i.OrganisationId != organisationId);
        return this with { InvitedPartners = [.. others, new PartnerInvitation(organisationId, PartnerStatus.Invited, invitedBy, at)] };
    }

    /// <summary>The organisation's administrator accepts: it becomes a partner. Accepting again changes nothing.</summary>
    /// <exception cref="CoDraftException"><see cref="ErrorCodes.PartnerNotInvited"/> when it was not asked (or declined).</exception>
    public StatementAccess AcceptPartnership(Guid organisationId)
    {
        if (Includes(organisationId))
        {
            return this;
        }
        if (InvitationOf(organisationId) is not { Status: PartnerStatus.Invited })
        {
            throw new CoDraftException(ErrorCodes.PartnerNotInvited, "Your organisation has no open invitation to take part in this statement.");
        }
        return WithPartner(organisationId);
    }

    /// <summary>
    /// The organisation's administrator declines an invitation, or takes the organisation out of a statement it
    /// took part in (its people's roles and proposals go). Kept as declined, so that the leads see the answer.
    /// </summary>
    /// <exception cref="CoDraftException">The convening organisation, or one that was never asked.</exception>
    public StatementAccess DeclinePartnership(Guid organisationId, Guid by, DateTimeOffset at)
    {
        if (organisationId == ConveningOrganisationId)
        {
            throw new CoDraftException(ErrorCodes.ConveningOrganisation, "The convening organisation cannot leave its own statement.");
        }
        var invitation = InvitationOf(organisationId);
        if (invitation is { Status: PartnerStatus.Declined })
        {
            return this;
        }
        if (invitation is null && !PartnerOrganisationIds.Contains(organisationId))
        {
            throw new CoDraftException(ErrorCodes.PartnerNotInvited, "Your organisation has no open invitation to take part in this statement.");
        }
        var declined = invitation is null
            ? new PartnerInvitation(organisationId, PartnerStatus.Declined, by, at, by, at)
            : invitation with { Status = PartnerStatus.Declined, AnsweredBy = by, AnsweredAt = at };
        var left = WithoutPartner(organisationId);
        return left with { InvitedPartners = [.. left.InvitedPartners, declined] };
    }

    /// <summary>
    /// Gives a person a role as <paramref name="by"/>, who administers <paramref name="byAdministers"/> (null when
    /// they administer no organisation). Approving decides in the organisation's name, so the
    /// <see cref="StatementRole.Signatory"/> role for a person of another organisation is only proposed: it waits for
    /// that organisation's administrators (<see cref="WithRole"/> once they confirm).
    /// </summary>
    public RoleAssignment AssignRole(Guid personId, Guid organisationId, StatementRole role, Guid by, Guid? byAdministers, DateTimeOffset at)
    {
        if (role != StatementRole.Signatory || byAdministers == organisationId)
        {
            return new RoleAssignment(WithRole(personId, organisationId, role), Proposed: false);
        }
        return new RoleAssignment(ProposeSignatory(personId, organisationId, by, at), Proposed: true);
    }

    /// <summary>Proposes that a person approve for their organisation; their current role, if any, stays until it is confirmed.</summary>
    /// <exception cref="CoDraftException">The organisation does not take part.</exception>
    public StatementAccess ProposeSignatory(Guid personId, Guid organisationId, Guid by, DateTimeOffset at)
    {
        if (!Includes(organisationId))
        {
            throw new CoDraftException(ErrorCodes.OrganisationNotOnStatement, "The person's organisation must accept to take part first.");
        }
        if (People.Any(p => p.PersonId == personId && p.OrganisationId == organisationId && p.Role == StatementRole.Signatory))
        {
            return this;
        }
        var others = SignatoryProposals.Where(p => p.PersonId != personId);
        return this with { SignatoryProposals = [.. others, new SignatoryProposal(personId, organisationId, by, at)] };
    }

    /// <summary>Withdraws the proposal that a person approve for their organisation; their role, if any, stays.</summary>
    /// <exception cref="CoDraftException"><see cref="ErrorCodes.PersonNotFound"/> when nobody proposed them.</exception>
    public StatementAccess WithoutSignatoryProposal(Guid personId) =>
        SignatoryProposals.Any(p => p.PersonId == personId)
            ? this with { SignatoryProposals = SignatoryProposals.Where(p => p.PersonId != personId).ToList() }
            : throw new CoDraftException(ErrorCodes.PersonNotFound, "Nobody proposed that person as a signatory here.");

    /// <summary>
    /// The people who may approve for <paramref name="organisationId"/> while they still belong to it: its
    /// signatories, and for the convening organisation its leads.
    /// </summary>
    public IEnumerable<Guid> ApproversOf(Guid organisationId) =>
        Includes(organisationId)
            ? People.Where(p => p.OrganisationId == organisationId && StatementPermissions.Allows(p.Role, StatementAction.Approve)).Select(p => p.PersonId)
            : [];
}
