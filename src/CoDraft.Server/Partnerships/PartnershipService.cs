using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Server.Auth;
using CoDraft.Server.SignOff;

using CoDraft.Server.Audit;

namespace CoDraft.Server.Partnerships;

/// <summary>
/// The organisation boundary on statements. Leads invite organisations and propose signatories; only an
/// organisation's own administrators accept or decline taking part and name (or confirm) who approves in its name.
/// CoDraft's administrators do not decide for an organisation they do not belong to.
/// </summary>
public sealed class PartnershipService(IAccountStore store, IStatementAccessStore statementAccess, IStatementStore statements, StatementGuard guard, AuditTrail audit, TimeProvider clock)
{
    /// <summary>A lead asks <paramref name="organisationId"/> to take part; it does not until its administrators accept.</summary>
    public async Task<StatementAccess> InviteAsync(StatementCaller caller, Guid statementId, Guid organisationId, CancellationToken ct)
    {
        await FindOrganisationAsync(organisationId, ct);
        var access = await guard.ChangeAsync(statementId, a => a.InvitePartner(organisationId, caller.PersonId, clock.GetUtcNow()), ct);
        await audit.RecordAsync(statementId, Actor(caller.PersonId), AuditActions.PartnerInvited, new { organisationId }, ct);
        return access;
    }

    /// <summary>
    /// A lead gives a person a role; the signatory role for a person of an organisation the lead does not administer
    /// is only proposed, until that organisation's administrators confirm it.
    /// </summary>
    public async Task<RoleAssignment> AssignRoleAsync(StatementCaller caller, Guid statementId, Guid personId, StatementRole role, CancellationToken ct)
    {
        var membership = await store.FindMembershipAsync(personId, ct)
            ?? throw new CoDraftException(ErrorCodes.PersonNotFound, "No such person in an organisation.");
        var callerMembership = await store.FindMembershipAsync(caller.PersonId, ct);
        var administers = callerMembership is { IsOrganisationAdmin: true } ? callerMembership.OrganisationId : (Guid?)null;
        RoleAssignment? assignment = null;
        var access = await guard.ChangeAsync(statementId, a =>
        {
            assignment = a.AssignRole(personId, membership.OrganisationId, role, caller.PersonId, administers, clock.GetUtcNow());
            return assignment.Access;
        }, ct);
        var organisationId = membership.OrganisationId;
        await audit.RecordAsync(statementId, Actor(caller.PersonId),
            assignment!.Proposed ? AuditActions.SignatoryProposed : AuditActions.RoleSet, new { personId, organisationId, role }, ct);
        return assignment with { Access = access };
    }

    /// <summary>A lead removes a partner organisation and its people's roles, or withdraws the invitation it has not answered.</summary>
    public async Task<StatementAccess> RemovePartnerAsync(StatementCaller caller, Guid statementId, Guid organisationId, CancellationToken ct)
    {
        var access = await guard.ChangeAsync(statementId, a => a.WithoutPartner(organisationId), ct);
        await audit.RecordAsync(statementId, Actor(caller.PersonId), AuditActions.PartnerRemoved, new { organisationId }, ct);
        return access;
    }

    /// <summary>A lead takes away a person's role, and any signatory proposal for them.</summary>
    public async Task<StatementAccess> RemovePersonAsync(StatementCaller caller, Guid statementId, Guid personId, CancellationToken ct)
    {
        var access = await guard.ChangeAsync(statementId, a => a.WithoutPerson(personId), ct);
        await audit.RecordAsync(statementId, Actor(caller.PersonId), AuditActions.PersonRemoved, new { personId }, ct);
        return access;
    }

    /// <summary>A lead withdraws a signatory proposal; the person's role, if any, stays.</summary>
    public async Task<StatementAccess> WithdrawProposalAsync(StatementCaller caller, Guid statementId, Guid personId, CancellationToken ct)
    {
        var access = await guard.ChangeAsync(statementId, a => a.WithoutSignatoryProposal(personId), ct);
        await audit.RecordAsync(statementId, Actor(caller.PersonId), AuditActions.SignatoryRemoved, new { personId }, ct);
        return access;
    }

    /// <summary>The organisation's administrator accepts an invitation; they become a viewer if they held no role.</summary>
    public async Task<StatementAccess> AcceptAsync(Guid adminId, Guid organisationId, Guid statementId, CancellationToken ct)
    {
        await RequireOwnAdministratorAsync(adminId, organisationId, ct);
        var access = await guard.ChangeAsync(statementId, a =>
        {
            var accepted = Mentioning(a, organisationId).AcceptPartnership(organisationId);
            return accepted.People.Any(p => p.PersonId == adminId) ? accepted : accepted.WithRole(adminId, organisationId, StatementRole.Viewer);
        }, ct);
        await audit.RecordAsync(statementId, Actor(adminId), AuditActions.PartnerAdded, new { organisationId, acceptedBy = adminId }, ct);
        return access;
    }

    /// <summary>The organisation's administrator declines, or takes the organisation out of a statement it took part in.</summary>
    public async Task<StatementAccess> DeclineAsync(Guid adminId, Guid organisationId, Guid statementId, CancellationToken ct)
    {
        await RequireOwnAdministratorAsync(adminId, organisationId, ct);
        var access = await guard.ChangeAsync(statementId, a => Mentioning(a, organisationId).DeclinePartnership(organisationId, adminId, clock.GetUtcNow()), ct);
        await audit.RecordAsync(statementId, Actor(adminId), AuditActions.PartnerDeclined, new { organisationId }, ct);
        return access;
    }

    /// <summary>The organisation's administrator names one of its members as its signatory (confirming a proposal, or not).</summary>
    public async Task<StatementAccess> NameSignatoryAsync(Guid adminId, Guid organisationId, Guid statementId, Guid personId, CancellationToken ct)
    {
        await RequireOwnAdministratorAsync(adminId, organisationId, ct);
        if (await store.FindMembershipAsync(personId, ct) is not { } membership || membership.OrganisationId != organisationId)
        {
            throw new CoDraftException(ErrorCodes.PersonNotFound, "That person is not a member of your organisation.");
        }
        var access = await guard.ChangeAsync(statementId, a =>
        {
            if (!Mentioning(a, organisationId).Includes(organisationId))
            {
                throw new CoDraftException(ErrorCodes.OrganisationNotOnStatement, "Accept the invitation to take part first.");
            }
            return a.WithRole(personId, organisationId, StatementRole.Signatory);
        }, ct);
        await audit.RecordAsync(statementId, Actor(adminId), AuditActions.RoleSet,
            new { personId, organisationId, role = StatementRole.Signatory, confirmedBy = adminId }, ct);
        return access;
    }

    /// <summary>The organisation's administrator rejects a signatory proposal, or takes the signatory role away.</summary>
    public async Task<StatementAccess> RemoveSignatoryAsync(Guid adminId, Guid organisationId, Guid statementId, Guid personId, CancellationToken ct)
    {
        await RequireOwnAdministratorAsync(adminId, organisationId, ct);
        var access = await guard.ChangeAsync(statementId, a =>
        {
            var mentioned = Mentioning(a, organisationId);
            var isSignatory = mentioned.People.Any(p => p.PersonId == personId && p.OrganisationId == organisationId && p.Role == StatementRole.Signatory);
            var isProposed = mentioned.SignatoryProposals.Any(p => p.PersonId == personId && p.OrganisationId == organisationId);
            if (!isSignatory && !isProposed)
            {
                throw new CoDraftException(ErrorCodes.PersonNotFound, "That person is neither your organisation's signatory here nor proposed as one.");
            }
            return isSignatory ? mentioned.WithoutPerson(personId) : mentioned.WithoutSignatoryProposal(personId);
        }, ct);
        await audit.RecordAsync(statementId, Actor(adminId), AuditActions.SignatoryRemoved, new { personId, organisationId }, ct);
        return access;
    }

    /// <summary>The statements the organisation convenes, takes part in or was invited to, for its own administrators.</summary>
    public async Task<IReadOnlyList<(StatementRecord Statement, StatementAccess Access)>> ListAsync(Guid adminId, Guid organisationId, CancellationToken ct)
    {
        await RequireOwnAdministratorAsync(adminId, organisationId, ct);
        var found = new List<(StatementRecord, StatementAccess)>();
        foreach (var statementId in await statementAccess.ListStatementsOfOrganisationAsync(organisationId, ct))
        {
            if (await statements.FindStatementAsync(statementId, ct) is { } statement && await statementAccess.FindStatementAccessAsync(statementId, ct) is { } access)
            {
                found.Add((statement, access));
            }
        }
        return found.OrderByDescending(f => f.Item1.CreatedAt).ToList();
    }

    /// <summary>Refuses unless <paramref name="personId"/> administers <paramref name="organisationId"/> as its member.</summary>
    public async Task RequireOwnAdministratorAsync(Guid personId, Guid organisationId, CancellationToken ct)
    {
        await FindOrganisationAsync(organisationId, ct);
        if (await store.FindMembershipAsync(personId, ct) is not { IsOrganisationAdmin: true } membership || membership.OrganisationId != organisationId)
        {
            throw new CoDraftException(ErrorCodes.AccessForbidden, "Only the organisation's own administrators decide this for it.");
        }
    }

    private async Task<Organisation> FindOrganisationAsync(Guid organisationId, CancellationToken ct) =>
        await store.FindOrganisationAsync(organisationId, ct) ?? throw new CoDraftException(ErrorCodes.OrganisationNotFound, "No such organisation.");

    /// <summary>A statement that has nothing to do with the organisation is, to it, a statement that does not exist.</summary>
    private static StatementAccess Mentioning(StatementAccess access, Guid organisationId) =>
        access.Includes(organisationId) || access.InvitationOf(organisationId) is not null
            ? access
            : throw new CoDraftException(ErrorCodes.StatementNotFound, "No such statement.");

    private static string Actor(Guid personId) => personId.ToString("D");
}
