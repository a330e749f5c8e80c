using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Auth;
using CoDraft.Server.Partnerships;
using CoDraft.Server.SignOff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoDraft.Server.Apis;

/// <summary>
/// Who takes part in a statement: every participant reads it; leads invite organisations (which take part once
/// their administrators accept), give roles, and propose signatories (which those administrators confirm).
/// </summary>
public static class StatementAccessApi
{
    /// <summary>Maps every route of this area under /api/statements/{id}/access.</summary>
    public static IEndpointRouteBuilder MapStatementAccessApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/statements/{id:guid}/access").WithTags("Statement access");

        api.MapGet("/", GetAccess).WithName("GetStatementAccess")
            .WithSummary("The convening organisation, partners, invited organisations, people's roles and signatory proposals")
            .RequireStatement(StatementAction.Read);
        api.MapPost("/partners", AddPartner).WithName("AddPartner")
            .WithSummary("Invite an organisation to take part (it does once its administrators accept)")
            .RequireStatement(StatementAction.ManagePartners);
        api.MapDelete("/partners/{organisationId:guid}", RemovePartner).WithName("RemovePartner")
            .WithSummary("Remove a partner organisation and its people's roles, or withdraw an invitation")
            .RequireStatement(StatementAction.ManagePartners);
        api.MapGet("/candidates", ListCandidates).WithName("ListCandidates")
            .WithSummary("People of the organisations taking part who hold no role yet")
            .RequireStatement(StatementAction.ManagePeople);
        api.MapPut("/people/{personId:guid}", SetRole).WithName("SetRole")
            .WithSummary("Give a person of a taking-part organisation a role (a signatory of another organisation is proposed to its administrators)")
            .RequireStatement(StatementAction.ManagePeople);
        api.MapDelete("/people/{personId:guid}", RemovePerson).WithName("RemovePerson")
            .WithSummary("Take away a person's role (and any signatory proposal for them)")
            .RequireStatement(StatementAction.ManagePeople);
        api.MapDelete("/signatory-proposals/{personId:guid}", WithdrawProposal).WithName("WithdrawSignatoryProposal")
            .WithSummary("Withdraw a signatory proposal; the person's role, if any, stays")
            .RequireStatement(StatementAction.ManagePeople);
        return app;
    }

    private static async Task<Ok<StatementAccessView>> GetAccess(Guid id, AccessViews views, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await views.StatementAsync(http.StatementCaller().Access, ct));

    private static async Task<Ok<StatementAccessView>> AddPartner(
        Guid id, AddPartnerRequest request, PartnershipService partnerships, AccessViews views, HttpContext http, CancellationToken ct)
    {
        var organisationId = request.OrganisationId ?? throw new CoDraftException(ErrorCodes.InvalidRequest, "organisationId is required.");
        return TypedResults.Ok(await views.StatementAsync(await partnerships.InviteAsync(http.StatementCaller(), id, organisationId, ct), ct));
    }

    private static async Task<Ok<StatementAccessView>> RemovePartner(
        Guid id, Guid organisationId, PartnershipService partnerships, AccessViews views, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await views.StatementAsync(await partnerships.RemovePartnerAsync(http.StatementCaller(), id, organisationId, ct), ct));

    private static async Task<Ok<IReadOnlyList<PersonCandidateView>>> ListCandidates(Guid id, IAccountStore store, HttpContext http, CancellationToken ct)
    {
        var access = http.StatementCaller().Access;
        var withRole = access.People.Select(p => p.PersonId).ToHashSet();
        var candidates = new List<PersonCandidateView>();
        foreach (var organisationId in access.Organisations)
        {
            if (await store.FindOrganisationAsync(organisationId, ct) is not { } organisation)
            {
                continue;
            }
            foreach (var membership in await store.ListMembersAsync(organisationId, ct))
            {
                if (!withRole.Contains(membership.PersonId) && await store.FindPersonAsync(membership.PersonId, ct) is { } person)
                {
                    candidates.Add(new PersonCandidateView(person.Id, person.Name, organisation.Id, organisation.Name));
                }
            }
        }
        return TypedResults.Ok<IReadOnlyList<PersonCandidateView>>(candidates);
    }

    private static async Task<Ok<StatementAccessView>> SetRole(
        Guid id, Guid personId, SetRoleRequest request, PartnershipService partnerships, AccessViews views, HttpContext http, CancellationToken ct)
    {
        var role = request.Role ?? throw new CoDraftException(ErrorCodes.InvalidRequest, "role is required.");
        var assignment = await partnerships.AssignRoleAsync(http.StatementCaller(), id, personId, role, ct);
        return TypedResults.Ok(await views.StatementAsync(assignment.Access, ct));
    }

    private static async Task<Ok<StatementAccessView>> RemovePerson(
        Guid id, Guid personId, PartnershipService partnerships, AccessViews views, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await views.StatementAsync(await partnerships.RemovePersonAsync(http.StatementCaller(), id, personId, ct), ct));

    private static async Task<Ok<StatementAccessView>> WithdrawProposal(
        Guid id, Guid personId, PartnershipService partnerships, AccessViews views, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await views.StatementAsync(await partnerships.WithdrawProposalAsync(http.StatementCaller(), id, personId, ct), ct));
}
