using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Auth;
using CoDraft.Server.Partnerships;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoDraft.Server.Apis;

/// <summary>
/// An organisation's own administrators decide for it: whether it takes part in a statement it was invited to, and
/// who approves in its name. Nobody else can (not a lead of another organisation, not CoDraft's administrators).
/// </summary>
public static class OrganisationStatementsApi
{
    /// <summary>Maps every route of this area under /api/organisations/{id}/statements.</summary>
    public static IEndpointRouteBuilder MapOrganisationStatementsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organisations/{id:guid}/statements").WithTags("Organisations");

        api.MapGet("/", List).WithName("ListOrganisationStatements")
            .WithSummary("Statements the organisation convenes, takes part in, or is invited to (its administrators)");
        api.MapPost("/{statementId:guid}/accept", Accept).WithName("AcceptPartnership")
            .WithSummary("Accept the invitation to take part (the organisation's administrators)");
        api.MapPost("/{statementId:guid}/decline", Decline).WithName("DeclinePartnership")
            .WithSummary("Decline the invitation, or stop taking part (the organisation's administrators)");
        api.MapPut("/{statementId:guid}/signatories/{personId:guid}", NameSignatory).WithName("NameSignatory")
            .WithSummary("Name a member as the organisation's signatory, or confirm a lead's proposal (its administrators)");
        api.MapDelete("/{statementId:guid}/signatories/{personId:guid}", RemoveSignatory).WithName("RemoveSignatory")
            .WithSummary("Reject a signatory proposal, or take the signatory role away (its administrators)");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<OrganisationStatementView>>> List(
        Guid id, ICurrentPerson me, PartnershipService partnerships, AccessViews views, CancellationToken ct)
    {
        var list = new List<OrganisationStatementView>();
        foreach (var (statement, access) in await partnerships.ListAsync(me.Id, id, ct))
        {
            if (await views.OrganisationAsync(id, statement, access, ct) is { } view)
            {
                list.Add(view);
            }
        }
        return TypedResults.Ok<IReadOnlyList<OrganisationStatementView>>(list);
    }

    private static async Task<Ok<OrganisationStatementView>> Accept(
        Guid id, Guid statementId, ICurrentPerson me, PartnershipService partnerships, AccessViews views, IStatementStore store, CancellationToken ct) =>
        await ViewAsync(id, statementId, await partnerships.AcceptAsync(me.Id, id, statementId, ct), store, views, ct);

    private static async Task<Ok<OrganisationStatementView>> Decline(
        Guid id, Guid statementId, ICurrentPerson me, PartnershipService partnerships, AccessViews views, IStatementStore store, CancellationToken ct) =>
        await ViewAsync(id, statementId, await partnerships.DeclineAsync(me.Id, id, statementId, ct), store, views, ct);

    private static async Task<Ok<OrganisationStatementView>> NameSignatory(
        Guid id, Guid statementId, Guid personId, ICurrentPerson me, PartnershipService partnerships, AccessViews views, IStatementStore store,
        CancellationToken ct) =>
        await ViewAsync(id, statementId, await partnerships.NameSignatoryAsync(me.Id, id, statementId, personId, ct), store, views, ct);

    private static async Task<Ok<OrganisationStatementView>> RemoveSignatory(
        Guid id, Guid statementId, Guid personId, ICurrentPerson me, PartnershipService partnerships, AccessViews views, IStatementStore store,
        CancellationToken ct) =>
        await ViewAsync(id, statementId, await partnerships.RemoveSignatoryAsync(me.Id, id, statementId, personId, ct), store, views, ct);

    private static async Task<Ok<OrganisationStatementView>> ViewAsync(
        Guid organisationId, Guid statementId, StatementAccess access, IStatementStore store, AccessViews views, CancellationToken ct)
    {
        var statement = await store.FindStatementAsync(statementId, ct)
            ?? throw new CoDraftException(ErrorCodes.StatementNotFound, "No such statement.");
        return TypedResults.Ok((await views.OrganisationAsync(organisationId, statement, access, ct))!);
    }
}
