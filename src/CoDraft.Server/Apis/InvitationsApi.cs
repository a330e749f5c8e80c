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
    /// <summary>Invitation tokens start with this.</summary>
    public const string TokenPrefix = "cdi_";

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
        CreateInvitationRequest request, ICurrentPerson me, IAccountStore store, StatementGuard guard, IOptions<AuthOptions> options,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var email = EmailAddress.Normalize(request.Email);
        var organisationId = request.OrganisationId ?? throw Invalid("organisationId is required.");
        var days = request.ExpiresInDays ?? options.Value.InvitationDefaultDays;
        if (days < 1 || days > options.Value.InvitationMaxDays)
        {
            throw Invalid($"expiresInDays must be 1 to {options.Value.InvitationMaxDays}.");
        }
        var organisationAdmin = request.OrganisationAdmin ?? false;
        if (request.StatementId is { } statementId)
        {
            var role = request.Role ?? throw Invalid("role is required with statementId.");
            var caller = await guard.RequireAsync(statementId, http.User, StatementAction.ManagePeople, ct);
            // Accepting makes the invitee a member of the organisation: only its administrators add members to it.
            // People of other organisations join through their own administrators, then are chosen without a link.
            await OrganisationsApi.RequireOrganisationAdminAsync(store, me, organisationId, ct);
            // Check now what accepting will check, so that a link that cannot work is never sent.
            caller.Access.WithRole(Guid.NewGuid(), organisationId, role);
            if (await store.FindPersonByEmailAsync(email, ct) is not null)
            {
                throw new CoDraftException(ErrorCodes.InvitationHasAccount,
                    "This person already has an account: add them to the statement by choosing them from the people list.");
            }
        }
        else
        {
            if (request.Role is not null)
            {
                throw Invalid("role needs a statementId.");
            }
            await OrganisationsApi.RequireOrganisationAdminAsync(store, me, organisationId, ct);
        }
        var token = SecretToken.Create(TokenPrefix);
        var now = clock.GetUtcNow();
        var invitation = new Invitation(
            Guid.NewGuid(), SecretToken.Hash(token), email, organisationId, organisationAdmin, request.StatementId, request.Role,
            me.Id, now, now.AddDays(days));
        await store.AddInvitationAsync(invitation, ct);
        return TypedResults.Created($"/api/invitations/{invitation.Id}", new InvitationCreated(invitation.Id, email, token, Link(http, token), invitation.ExpiresAt));
    }

    /// <summary>The link to send. The token travels in the fragment, which browsers never send to a server, so it stays out of access logs.</summary>
    private static string Link(HttpContext http, string token) =>
        http.Request.PublicUrl($"/invite#{token}");

    private static async Task<Ok<IReadOnlyList<InvitationView>>> ListInvitations(
        Guid? organisationId, ICurrentPerson me, IAccountStore store, IStatementStore statements, TimeProvider clock, CancellationToken ct)
    {
        var id = organisationId ?? throw Invalid("organisationId is required.");
        await OrganisationsApi.RequireOrganisationAdminAsync(store, me, id, ct);
        return TypedResults.Ok(await ViewsAsync(store, statements, await store.ListOpenInvitationsOfOrganisationAsync(id, ct), clock.GetUtcNow(), ct));
    }

    private static async Task<Ok<IReadOnlyList<InvitationView>>> ListStatementInvitations(Guid id, IAccountStore store, IStatementStore statements, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ViewsAsync(store, statements, await store.ListOpenInvitationsOfStatementAsync(id, ct), clock.GetUtcNow(), ct));

    private static async Task<Ok<InvitationCreated>> ResendInvitation(
        Guid invitationId, ICurrentPerson me, IAccountStore store, IOptions<AuthOptions> options, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var old = await ManageableAsync(store, me, invitationId, ct);
        var token = SecretToken.Create(TokenPrefix);
        var now = clock.GetUtcNow();
        var renewed = old with
        {
            Id = Guid.NewGuid(), TokenHash = SecretToken.Hash(token), CreatedBy = me.Id, CreatedAt = now,
            ExpiresAt = now.AddDays(options.Value.InvitationDefaultDays), UsedAt = null, UsedBy = null, RevokedAt = null,
        };
        // The new link first, then the old one revoked: if the old one was used meanwhile, the new one goes too.
        await store.AddInvitationAsync(renewed, ct);
        if (!await store.RevokeInvitationAsync(old.Id, now, ct))
        {
            await store.RevokeInvitationAsync(renewed.Id, now, ct);
            throw Used();
        }
        return TypedResults.Ok(new InvitationCreated(renewed.Id, renewed.Email, token, Link(http, token), renewed.ExpiresAt));
    }

    private static async Task<NoContent> RevokeInvitation(Guid invitationId, ICurrentPerson me, IAccountStore store, TimeProvider clock, CancellationToken ct)
    {
        var invitation = await ManageableAsync(store, me, invitationId, ct);
        if (!await store.RevokeInvitationAsync(invitation.Id, clock.GetUtcNow(), ct))
        {
            throw Used();
        }
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

    /// <summary>An open invitation the caller may send again or revoke: its organisation's administrators (or CoDraft's).</summary>
    private static async Task<Invitation> ManageableAsync(IAccountStore store, ICurrentPerson me, Guid invitationId, CancellationToken ct)
    {
        var invitation = await store.FindInvitationByIdAsync(invitationId, ct)
            ?? throw new CoDraftException(ErrorCodes.InvitationNotFound, "No such invitation.");
        await OrganisationsApi.RequireOrganisationAdminAsync(store, me, invitation.OrganisationId, ct);
        if (invitation.UsedAt is not null)
        {
            throw Used();
        }
        if (invitation.RevokedAt is not null)
        {
            throw Revoked();
        }
        return invitation;
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

    private static CoDraftException Used() => InvitationService.Used();

    private static CoDraftException Revoked() => InvitationService.Revoked();

    private static CoDraftException Invalid(string message) => new(ErrorCodes.InvalidRequest, message);
}
