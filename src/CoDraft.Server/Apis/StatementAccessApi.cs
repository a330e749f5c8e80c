using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Server.Apis.Contracts;
using CoDraft.Server.Auth;
using CoDraft.Server.SignOff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoDraft.Server.Apis;

/// <summary>Who takes part in a statement: every participant reads it; leads add and remove partners and people.</summary>
public static class StatementAccessApi
{
    /// <summary>Maps every route of this area under /api/statements/{id}/access.</summary>
    public static IEndpointRouteBuilder MapStatementAccessApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/statements/{id:guid}/access").WithTags("Statement access");

        api.MapGet("/", GetAccess).WithName("GetStatementAccess").WithSummary("The convening organisation, partners and people's roles")
            .RequireStatement(StatementAction.Read);
        api.MapPost("/partners", AddPartner).WithName("AddPartner").WithSummary("Add a partner organisation")
            .RequireStatement(StatementAction.ManagePartners);
        api.MapDelete("/partners/{organisationId:guid}", RemovePartner).WithName("RemovePartner").WithSummary("Remove a partner organisation and its people's roles")
            .RequireStatement(StatementAction.ManagePartners);
        api.MapPut("/people/{personId:guid}", SetRole).WithName("SetRole").WithSummary("Give a person of a taking-part organisation a role")
            .RequireStatement(StatementAction.ManagePeople);
        api.MapDelete("/people/{personId:guid}", RemovePerson).WithName("RemovePerson").WithSummary("Take away a person's role")
            .RequireStatement(StatementAction.ManagePeople);
        return app;
    }

    private static async Task<Ok<StatementAccessView>> GetAccess(Guid id, IDraftStore store, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await ViewAsync(store, http.StatementCaller().Access, ct));

    private static async Task<Ok<StatementAccessView>> AddPartner(
        Guid id, AddPartnerRequest request, IDraftStore store, StatementGuard guard, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var organisationId = request.OrganisationId ?? throw new CoDraftException(ErrorCodes.InvalidRequest, "organisationId is required.");
        await OrganisationsApi.FindAsync(store, organisationId, ct);
        var access = await guard.ChangeAsync(id, a => a.WithPartner(organisationId), ct);
        await audit.RecordAsync(id, Actor(http), AuditActions.PartnerAdded, new { organisationId }, ct);
        return TypedResults.Ok(await ViewAsync(store, access, ct));
    }

    private static async Task<Ok<StatementAccessView>> RemovePartner(
        Guid id, Guid organisationId, IDraftStore store, StatementGuard guard, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var access = await guard.ChangeAsync(id, a => a.WithoutPartner(organisationId), ct);
        await audit.RecordAsync(id, Actor(http), AuditActions.PartnerRemoved, new { organisationId }, ct);
        return TypedResults.Ok(await ViewAsync(store, access, ct));
    }

    private static async Task<Ok<StatementAccessView>> SetRole(
        Guid id, Guid personId, SetRoleRequest request, IDraftStore store, StatementGuard guard, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var role = request.Role ?? throw new CoDraftException(ErrorCodes.InvalidRequest, "role is required.");
        var membership = await store.FindMembershipAsync(personId, ct)
            ?? throw new CoDraftException(ErrorCodes.PersonNotFound, "No such person in an organisation.");
        var access = await guard.ChangeAsync(id, a => a.WithRole(personId, membership.OrganisationId, role), ct);
        await audit.RecordAsync(id, Actor(http), AuditActions.RoleSet, new { personId, organisationId = membership.OrganisationId, role }, ct);
        return TypedResults.Ok(await ViewAsync(store, access, ct));
    }

    private static async Task<Ok<StatementAccessView>> RemovePerson(
        Guid id, Guid personId, IDraftStore store, StatementGuard guard, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var access = await guard.ChangeAsync(id, a => a.WithoutPerson(personId), ct);
        await audit.RecordAsync(id, Actor(http), AuditActions.PersonRemoved, new { personId }, ct);
        return TypedResults.Ok(await ViewAsync(store, access, ct));
    }

    /// <summary>Who made a change, as the audit trail records it.</summary>
    private static string Actor(HttpContext http) => http.StatementCaller().PersonId.ToString("D");

    private static async Task<StatementAccessView> ViewAsync(IDraftStore store, StatementAccess access, CancellationToken ct)
    {
        var organisations = new List<OrganisationView>();
        foreach (var organisationId in access.Organisations)
        {
            if (await store.FindOrganisationAsync(organisationId, ct) is { } organisation)
            {
                organisations.Add(OrganisationView.From(organisation));
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
        return new StatementAccessView(access.StatementId, organisations[0], organisations.Skip(1).ToList(), people);
    }
}
