using CoDraft.Core.Errors;

namespace CoDraft.Core.Accounts;

/// <summary>
/// Who takes part in a statement: the convening organisation, the partner organisations, and each person's role.
/// A person sees a statement only through a role held for their current organisation while that organisation
/// takes part. Changes return a new value and refuse, with a stable code, anything that would leave the statement
/// without a lead or give a role to someone whose organisation is not on it. <see cref="Revision"/> counts stored
/// changes, so that concurrent changes are detected by the store (see <c>IStatementAccessStore</c>).
/// </summary>
public sealed partial record StatementAccess(
    Guid StatementId,
    Guid ConveningOrganisationId,
    IReadOnlyList<Guid> PartnerOrganisationIds,
    IReadOnlyList<StatementMember> People,
    long Revision = 0)
{
    /// <summary>A new statement's access: convened by <paramref name="organisationId"/>, with <paramref name="leadId"/> as its lead.</summary>
    public static StatementAccess Start(Guid statementId, Guid organisationId, Guid leadId) =>
        new(statementId, organisationId, [], [new StatementMember(leadId, organisationId, StatementRole.Lead)]);

    /// <summary>The convening organisation first, then the partners in the order they were added.</summary>
    public IEnumerable<Guid> Organisations => PartnerOrganisationIds.Prepend(ConveningOrganisationId);

    /// <summary>True when <paramref name="organisationId"/> convenes the statement or is a partner in it.</summary>
    public bool Includes(Guid organisationId) =>
        organisationId == ConveningOrganisationId || PartnerOrganisationIds.Contains(organisationId);

    /// <summary>
    /// The role of a person who now belongs to <paramref name="organisationId"/> (null for none), or null when
    /// they may not see the statement at all.
    /// </summary>
    public StatementRole? RoleOf(Guid personId, Guid? organisationId)
    {
        if (organisationId is not { } organisation || !Includes(organisation))
        {
            return null;
        }
        var member = People.FirstOrDefault(p => p.PersonId == personId);
        return member is not null && member.OrganisationId == organisation ? member.Role : null;
    }

    /// <summary>
    /// Makes an organisation a partner, as its administrators' acceptance does (<see cref="AcceptPartnership"/>);
    /// adding one that already takes part changes nothing.
    /// </summary>
    public StatementAccess WithPartner(Guid organisationId) =>
        Includes(organisationId)
            ? this
            : this with
            {
                PartnerOrganisationIds = [.. PartnerOrganisationIds, organisationId],
                InvitedPartners = InvitedPartners.Where(i => i.OrganisationId != organisationId).ToList(),
            };

    /// <summary>
    /// Removes a partner organisation with the roles of its people and any signatory proposals for them, or
    /// withdraws an invitation to take part (answered or not).
    /// </summary>
    /// <exception cref="CoDraftException">The convening organisation, or one that is neither a partner nor invited.</exception>
    public StatementAccess WithoutPartner(Guid organisationId)
    {
        if (organisationId == ConveningOrganisationId)
        {
            throw new CoDraftException(ErrorCodes.ConveningOrganisation, "The convening organisation cannot leave its own statement.");
        }
        if (!PartnerOrganisationIds.Contains(organisationId) && InvitedPartners.All(i => i.OrganisationId != organisationId))
        {
            throw new CoDraftException(ErrorCodes.OrganisationNotFound, "That organisation is not a partner in this statement.");
        }
        return this with
        {
            PartnerOrganisationIds = PartnerOrganisationIds.Where(o => o != organisationId).ToList(),
            People = People.Where(p => p.OrganisationId != organisationId).ToList(),
            InvitedPartners = InvitedPartners.Where(i => i.OrganisationId != organisationId).ToList(),
            SignatoryProposals = SignatoryProposals.Where(p => p.OrganisationId != organisationId).ToList(),
        };
    }

    /// <summary>Gives a person of <paramref name="organisationId"/> a role, replacing any role they had.</summary>
    /// <exception cref="CoDraftException">
    /// The organisation does not take part, a lead would be outside the convening organisation, or the last lead
    /// would lose the role.
    /// </exception>
    public StatementAccess WithRole(Guid personId, Guid organisationId, StatementRole role)
    {
        if (!Includes(organisationId))
        {
            throw new CoDraftException(ErrorCodes.OrganisationNotOnStatement, "Add the person's organisation as a partner first.");
        }
        if (role == StatementRole.Lead && organisationId != ConveningOrganisationId)
        {
            throw new CoDraftException(ErrorCodes.LeadOutsideConvening, "Only people of the convening organisation can be leads.");
        }
        var others = People.Where(p => p.PersonId != personId).ToList();
        RequireLead(others, role == StatementRole.Lead);
        return this with
        {
            People = [.. others, new StatementMember(personId, organisationId, role)],
            SignatoryProposals = SignatoryProposals.Where(p => p.PersonId != personId).ToList(),
        };
    }

    /// <summary>Takes away a person's role and withdraws any proposal that they approve for their organisation.</summary>
    /// <exception cref="CoDraftException">The person has neither a role nor a proposal here, or is the last lead.</exception>
    public StatementAccess WithoutPerson(Guid personId)
    {
        if (People.All(p => p.PersonId != personId) && SignatoryProposals.All(p => p.PersonId != personId))
        {
            throw new CoDraftException(ErrorCodes.PersonNotFound, "That person has no role on this statement.");
        }
        var others = People.Where(p => p.PersonId != personId).ToList();
        RequireLead(others, addingLead: false);
        return this with { People = others, SignatoryProposals = SignatoryProposals.Where(p => p.PersonId != personId).ToList() };
    }

    private void RequireLead(IEnumerable<StatementMember> remaining, bool addingLead)
    {
        if (!addingLead && !remaining.Any(p => p.Role == StatementRole.Lead && p.OrganisationId == ConveningOrganisationId))
        {
            throw new CoDraftException(ErrorCodes.LastLead, "A statement must keep at least one lead.");
        }
    }
}
