using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Apis.Contracts;
using CoDraft.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

using CoDraft.Server.Partnerships;

namespace CoDraft.Server.Apis;

/// <summary>
/// Organisations and their members. Administrators create and remove organisations; an organisation's administrators
/// (and CoDraft's) rename it and manage its members, who join by invitation (see <see cref="InvitationsApi"/>).
/// </summary>
public static class OrganisationsApi
{
    /// <summary>Maps every route of this area under /api/organisations.</summary>
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organisations").WithTags("Organisations");

        api.MapPost("/", CreateOrganisation).WithName("CreateOrganisation").WithSummary("Create an organisation (administrators)");
        api.MapGet("/", ListOrganisations).WithName("ListOrganisations").WithSummary("Every organisation, by name");
        api.MapGet("/{id:guid}", GetOrganisation).WithName("GetOrganisation").WithSummary("One organisation");
        api.MapPut("/{id:guid}", UpdateOrganisation).WithName("UpdateOrganisation")
            .WithSummary("Rename an organisation or change its country, type or website (its administrators, or CoDraft's)");
        api.MapDelete("/{id:guid}", RemoveOrganisation).WithName("RemoveOrganisation")
            .WithSummary("Remove an organisation with no members that takes part in no statement (administrators)");
        api.MapGet("/{id:guid}/members", ListMembers).WithName("ListMembers").WithSummary("The organisation's members (its members and administrators)");
        api.MapPut("/{id:guid}/members/{personId:guid}", UpdateMember).WithName("UpdateMember").WithSummary("Make a member an organisation administrator, or not");
        api.MapDelete("/{id:guid}/members/{personId:guid}", RemoveMember).WithName("RemoveMember").WithSummary("Remove a member; their statement roles stop counting");
        return app;
    }

    private static async Task<Created<OrganisationView>> CreateOrganisation(
        CreateOrganisationRequest request, ICurrentPerson me, OrganisationService organisations, CancellationToken ct)
    {
        var organisation = await organisations.CreateAsync(me, new OrganisationFieldsInput(request.Name, request.Country, request.Type, request.Website), ct);
        return TypedResults.Created($"/api/organisations/{organisation.Id}", OrganisationView.From(organisation));
    }

    private static async Task<Ok<OrganisationView>> UpdateOrganisation(
        Guid id, UpdateOrganisationRequest request, ICurrentPerson me, OrganisationService organisations, CancellationToken ct)
    {
        var organisation = await organisations.UpdateAsync(me, id, new OrganisationFieldsInput(request.Name, request.Country, request.Type, request.Website), ct);
        return TypedResults.Ok(OrganisationView.From(organisation));
    }

    private static async Task<NoContent> RemoveOrganisation(Guid id, ICurrentPerson me, OrganisationService organisations, CancellationToken ct)
    {
        await organisations.RemoveAsync(me, id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<OrganisationView>>> ListOrganisations(IAccountStore store, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<OrganisationView>>((await store.ListOrganisationsAsync(ct)).Select(OrganisationView.From).ToList());

    private static async Task<Ok<OrganisationView>> GetOrganisation(Guid id, IAccountStore store, CancellationToken ct) =>
        TypedResults.Ok(OrganisationView.From(await FindAsync(store, id, ct)));

    private static async Task<Ok<IReadOnlyList<MemberView>>> ListMembers(Guid id, ICurrentPerson me, MembershipService memberships, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<MemberView>>((await memberships.ListAsync(me, id, ct))
            .Select(m => new MemberView(m.Person.Id, m.Person.Name, m.Person.Email, m.Membership.IsOrganisationAdmin, m.Membership.JoinedAt)).ToList());

    private static async Task<NoContent> UpdateMember(
        Guid id, Guid personId, UpdateMemberRequest request, ICurrentPerson me, MembershipService memberships, CancellationToken ct)
    {
        var isAdmin = request.IsOrganisationAdmin ?? throw new CoDraftException(ErrorCodes.InvalidRequest, "isOrganisationAdmin is required.");
        await memberships.SetAdministratorAsync(me, id, personId, isAdmin, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RemoveMember(
        Guid id, Guid personId, ICurrentPerson me, MembershipService memberships, CancellationToken ct)
    {
        await memberships.RemoveAsync(me, id, personId, ct);
        return TypedResults.NoContent();
    }

    internal static async Task<Organisation> FindAsync(IAccountStore store, Guid id, CancellationToken ct) =>
        await store.FindOrganisationAsync(id, ct) ?? throw new CoDraftException(ErrorCodes.OrganisationNotFound, "No such organisation.");
}
