using CoDraft.Core.Accounts;
using CoDraft.Core.Drafting;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Server.Apis.Contracts;
using CoDraft.Server.Auth;
using CoDraft.Server.SignOff;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Apis;

/// <summary>
/// Invitations: the only way in. A single-use link with an expiry, sent to one email address, to join an
/// organisation and, optionally, take part in a statement with a role.
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
        api.MapPost("/accept", AcceptInvitation).WithName("AcceptInvitation")
            .WithSummary("Accept an invitation: new people give a name and password; people with an account sign in first")
            .AllowAnonymous();
        return app;
    }

    private static async Task<Created<InvitationCreated>> CreateInvitation(
        CreateInvitationRequest request, ICurrentPerson me, IDraftStore store, StatementGuard guard, IOptions<AuthOptions> options,
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
            await OrganisationsApi.FindAsync(store, organisationId, ct);
            // Check now what accepting will check, so that a link that cannot work is never sent.
            caller.Access.WithRole(Guid.NewGuid(), organisationId, role);
            if (organisationAdmin)
            {
                await OrganisationsApi.RequireOrganisationAdminAsync(store, me, organisationId, ct);
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
        // The token travels in the fragment, which browsers never send to a server, so it stays out of access logs.
        var link = $"{http.Request.Scheme}://{http.Request.Host}/invite#{token}";
        return TypedResults.Created($"/api/invitations/{invitation.Id}", new InvitationCreated(invitation.Id, email, token, link, invitation.ExpiresAt));
    }

    private static async Task<Ok<InvitationAccepted>> AcceptInvitation(
        AcceptInvitationRequest request, IDraftStore store, AccountService accounts, StatementGuard guard, PrincipalFactory principals,
        IAntiforgery antiforgery, TimeProvider clock, ILogger<AccountService> logger, AuditTrail audit, AccessChanges changes, HttpContext http,
        CancellationToken ct)
    {
        var invitation = await FindUsableAsync(store, request.Token, clock.GetUtcNow(), ct);
        var person = http.User.Identity?.IsAuthenticated == true
            ? await AcceptAsExistingPersonAsync(store, invitation, SignedInPerson.From(http.User).Id, clock, ct)
            : await AcceptAsNewPersonAsync(store, accounts, invitation, request, clock, ct);
        // A new membership: the person's live connections must see it at their next call.
        changes.Changed();
        Log.InvitationAccepted(logger, invitation.Id, person.Id);
        if (invitation is { StatementId: { } statementId, Role: { } role })
        {
            await guard.ChangeAsync(statementId, access => access.WithRole(person.Id, invitation.OrganisationId, role), ct);
            await audit.RecordAsync(statementId, person.Id.ToString("D"), AuditActions.RoleSet,
                new { personId = person.Id, organisationId = invitation.OrganisationId, role, invitationId = invitation.Id, invitedBy = invitation.CreatedBy }, ct);
        }
        if (http.User.Identity?.IsAuthenticated != true)
        {
            await AuthApi.StartSessionAsync(http, person, principals, antiforgery, ct);
        }
        return TypedResults.Ok(new InvitationAccepted(await AuthApi.MeAsync(store, person, ct), invitation.OrganisationId, invitation.StatementId, invitation.Role));
    }

    private static async Task<Person> AcceptAsExistingPersonAsync(IDraftStore store, Invitation invitation, Guid personId, TimeProvider clock, CancellationToken ct)
    {
        var person = await store.FindPersonAsync(personId, ct) ?? throw new CoDraftException(ErrorCodes.PersonNotFound, "The signed-in person no longer exists.");
        if (person.Email != invitation.Email)
        {
            throw new CoDraftException(ErrorCodes.InvitationWrongPerson, "This invitation was sent to another email address.");
        }
        var membership = await store.FindMembershipAsync(person.Id, ct);
        if (membership is not null && membership.OrganisationId != invitation.OrganisationId)
        {
            throw new CoDraftException(ErrorCodes.AlreadyMember, "You belong to another organisation; each person acts for one.");
        }
        await ClaimAsync(store, invitation, person.Id, clock, ct);
        if (membership is null)
        {
            await store.AddMembershipAsync(new Membership(invitation.OrganisationId, person.Id, invitation.OrganisationAdmin, clock.GetUtcNow()), ct);
        }
        else if (invitation.OrganisationAdmin && !membership.IsOrganisationAdmin)
        {
            await store.SetOrganisationAdminAsync(invitation.OrganisationId, person.Id, true, ct);
        }
        return person;
    }

    private static async Task<Person> AcceptAsNewPersonAsync(
        IDraftStore store, AccountService accounts, Invitation invitation, AcceptInvitationRequest request, TimeProvider clock, CancellationToken ct)
    {
        if (await store.FindPersonByEmailAsync(invitation.Email, ct) is not null)
        {
            throw new CoDraftException(ErrorCodes.InvitationSignInFirst, "You already have an account: sign in, then accept the invitation.");
        }
        Label.Require(request.Name, "name");
        Passwords.Require(request.Password);
        var personId = Guid.NewGuid();
        await ClaimAsync(store, invitation, personId, clock, ct);
        var person = await accounts.CreatePersonAsync(invitation.Email, request.Name, request.Password, administrator: false, ct, personId);
        await store.AddMembershipAsync(new Membership(invitation.OrganisationId, person.Id, invitation.OrganisationAdmin, clock.GetUtcNow()), ct);
        return person;
    }

    private static async Task<Invitation> FindUsableAsync(IDraftStore store, string? token, DateTimeOffset now, CancellationToken ct)
    {
        var invitation = string.IsNullOrEmpty(token) ? null : await store.FindInvitationAsync(SecretToken.Hash(token), ct);
        if (invitation is null)
        {
            throw new CoDraftException(ErrorCodes.InvitationNotFound, "This invitation link is not valid; ask for a new one.");
        }
        if (invitation.UsedAt is not null)
        {
            throw Used();
        }
        if (invitation.ExpiresAt <= now)
        {
            throw new CoDraftException(ErrorCodes.InvitationExpired, $"This invitation expired at {invitation.ExpiresAt:u}; ask for a new one.");
        }
        return invitation;
    }

    private static async Task ClaimAsync(IDraftStore store, Invitation invitation, Guid personId, TimeProvider clock, CancellationToken ct)
    {
        if (!await store.ClaimInvitationAsync(invitation.Id, personId, clock.GetUtcNow(), ct))
        {
            throw Used();
        }
    }

    private static CoDraftException Used() => new(ErrorCodes.InvitationUsed, "This invitation has been used already; each link works once.");

    private static CoDraftException Invalid(string message) => new(ErrorCodes.InvalidRequest, message);
}
