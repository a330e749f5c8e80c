using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Auth;
using CoDraft.Server.Deployment;
using CoDraft.Server.Partnerships;
using CoDraft.Server.SignOff;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

using CoDraft.Server.Audit;

namespace CoDraft.Server.Apis;

/// <summary>
/// Invitations: the only way in. A single-use link with an expiry, sent to one email address, to join an
/// organisation and, optionally, take part in a statement with a role. Only an organisation's administrators (or
/// CoDraft's) invite people into it; pending invitations are listed, sent again or revoked by them.
/// </summary>
public static class InvitationsApi
{
    /// <summary>Maps every route of this area under /api/invitations.</summary>
    public static IEndpointRouteBuilder MapInvitationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/invitations").WithTags("Invitations");

        api.MapPost("/", CreateInvitation).WithName("CreateInvitation")
            .WithSummary("Invite someone to an organisation (its administrators) or to a statement with a role (its leads)");
        api.MapGet("/", ListInvitations).WithName("ListInvitations")
            .WithSummary("The organisation's pending invitations (its administrators)");
        api.MapPost("/{invitationId:guid}/resend", ResendInvitation).WithName("ResendInvitation")
            .WithSummary("Send an invitation again: a new link with a new expiry; the old link stops working");
        api.MapDelete("/{invitationId:guid}", RevokeInvitation).WithName("RevokeInvitation")
            .WithSummary("Revoke an invitation: its link stops working");
        api.MapPost("/preview", PreviewInvitation).WithName("PreviewInvitation")
            .WithSummary("What a link offers, before accepting it: who invited whom, to which organisation and statement")
            .AllowAnonymous();
        api.MapPost("/accept", AcceptInvitation).WithName("AcceptInvitation")
            .WithSummary("Accept an invitation: new people give a name and password; people with an account sign in first")
            .AllowAnonymous();
        app.MapGet("/api/statements/{id:guid}/invitations", ListStatementInvitations).WithName("ListStatementInvitations")
            .WithTags("Statement access").WithSummary("The statement's pending invitations (its leads)")
            .RequireStatement(StatementAction.ManagePeople);
        return app;
    }

    private static async Task<Created<InvitationCreated>> CreateInvitation(
        CreateInvitationRequest request, ICurrentPerson me, InvitationService invitations, HttpContext http, CancellationToken ct)
    {
        var (invitation, token) = await invitations.CreateAsync(me, new NewInvitation(
            request.Email, request.OrganisationId, request.OrganisationAdmin, request.StatementId, request.Role, request.ExpiresInDays), ct);
        return TypedResults.Created($"/api/invitations/{invitation.Id}", Created(invitation, token, http));
    }

    private static InvitationCreated Created(Invitation invitation, string token, HttpContext http) =>
        new(invitation.Id, invitation.Email, token, Link(http, token), invitation.ExpiresAt);

    /// <summary>The link to send. The token travels in the fragment, which browsers never send to a server, so it stays out of access logs.</summary>
    private static string Link(HttpContext http, string token) =>
        http.Request.PublicUrl($"/invite#{token}");

    private static async Task<Ok<IReadOnlyList<InvitationView>>> ListInvitations(
        Guid? organisationId, ICurrentPerson me, InvitationService invitations, IAccountStore store, IStatementStore statements, TimeProvider clock,
        CancellationToken ct)
    {
        var id = organisationId ?? throw Invalid("organisationId is required.");
        return TypedResults.Ok(await ViewsAsync(store, statements, await invitations.ListOpenAsync(me, id, ct), clock.GetUtcNow(), ct));
    }

    private static async Task<Ok<IReadOnlyList<InvitationView>>> ListStatementInvitations(Guid id, IAccountStore store, IStatementStore statements, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ViewsAsync(store, statements, await store.ListOpenInvitationsOfStatementAsync(id, ct), clock.GetUtcNow(), ct));

    private static async Task<Ok<InvitationCreated>> ResendInvitation(
        Guid invitationId, ICurrentPerson me, InvitationService invitations, HttpContext http, CancellationToken ct)
    {
        var (renewed, token) = await invitations.ResendAsync(me, invitationId, ct);
        return TypedResults.Ok(Created(renewed, token, http));
    }

    private static async Task<NoContent> RevokeInvitation(Guid invitationId, ICurrentPerson me, InvitationService invitations, CancellationToken ct)
    {
        await invitations.RevokeAsync(me, invitationId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<InvitationPreview>> PreviewInvitation(
        PreviewInvitationRequest request, InvitationService invitations, IAccountStore store, IStatementStore statements, CancellationToken ct)
    {
        var invitation = await invitations.FindUsableAsync(request.Token, ct);
        var organisation = await OrganisationsApi.FindAsync(store, invitation.OrganisationId, ct);
        var inviter = await store.FindPersonAsync(invitation.CreatedBy, ct);
        var inviterOrganisation = await store.FindMembershipAsync(invitation.CreatedBy, ct) is { } membership
            ? (await store.FindOrganisationAsync(membership.OrganisationId, ct))?.Name
            : null;
        var statement = invitation.StatementId is { } statementId ? await statements.FindStatementAsync(statementId, ct) : null;
        return TypedResults.Ok(new InvitationPreview(
            invitation.Email, organisation.Id, organisation.Name, invitation.OrganisationAdmin, inviter?.Name ?? "An administrator",
            inviterOrganisation, statement?.Id, statement?.Title, statement is null ? null : invitation.Role, invitation.ExpiresAt));
    }

    private static async Task<IReadOnlyList<InvitationView>> ViewsAsync(
        IAccountStore store, IStatementStore statements, IReadOnlyList<Invitation> invitations, DateTimeOffset now, CancellationToken ct)
    {
        var views = new List<InvitationView>();
        foreach (var invitation in invitations)
        {
            var organisation = await store.FindOrganisationAsync(invitation.OrganisationId, ct);
            var statement = invitation.StatementId is { } statementId ? await statements.FindStatementAsync(statementId, ct) : null;
            var inviter = await store.FindPersonAsync(invitation.CreatedBy, ct);
            views.Add(new InvitationView(
                invitation.Id, invitation.Email, invitation.OrganisationId, organisation?.Name ?? "", invitation.OrganisationAdmin, invitation.StatementId,
                statement?.Title, invitation.Role, inviter?.Name ?? "An administrator", invitation.CreatedAt, invitation.ExpiresAt, invitation.ExpiresAt <= now));
        }
        return views;
    }

    private static async Task<Ok<InvitationAccepted>> AcceptInvitation(
        AcceptInvitationRequest request, InvitationService invitations, IAccountStore store, PrincipalFactory principals, IAntiforgery antiforgery,
        HttpContext http, CancellationToken ct)
    {
        var signedIn = http.User.Identity?.IsAuthenticated == true ? SignedInPerson.From(http.User).Id : (Guid?)null;
        var accepted = await invitations.AcceptAsync(request.Token, signedIn, request.Name, request.Password,
            person => signedIn is null ? AuthApi.StartSessionAsync(http, person, principals, antiforgery, ct) : Task.CompletedTask, ct);
        var invitation = accepted.Invitation;
        return TypedResults.Ok(new InvitationAccepted(await AuthApi.MeAsync(store, accepted.Person, ct), invitation.OrganisationId, invitation.StatementId, invitation.Role));
    }

    private static CoDraftException Invalid(string message) => new(ErrorCodes.InvalidRequest, message);
}
