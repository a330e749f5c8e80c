using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Server.Audit;
using CoDraft.Server.Auth;
using CoDraft.Server.SignOff;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Partnerships;

/// <summary>
/// Invitations, the only way in: created, listed, sent again and revoked by an organisation's administrators (or
/// CoDraft's), and accepted.
/// <para>
/// Accepting an invitation: the link is claimed (once, by the store's atomic check), the person is created or found,
/// made a member of the organisation and, when the invitation names a statement, given their role in it.
/// </para>
/// <para>
/// The store has no transaction spanning these writes, so acceptance undoes its own steps when a later one fails:
/// the membership it added (or the administrator flag it set) is removed and the link released, so the person can
/// try again. An account created for a new person stays (the store cannot delete a person); trying again with it
/// means signing in first.
/// </para>
/// </summary>
public sealed class InvitationService(
    IAccountStore store, IStatementAccessStore statementAccess, AccountService accounts, OrganisationService organisations, StatementGuard guard, AuditTrail audit,
    AccessChanges changes, IOptions<AuthOptions> options, TimeProvider clock, ILogger<AccountService> logger)
{
    /// <summary>Invitation tokens start with this.</summary>
    public const string TokenPrefix = "cdi_";

    /// <summary>
    /// Invites someone into an organisation (its administrators, or CoDraft's, may) and, with a statement, into it with a
    /// role (its leads may, when they also administer the organisation).
    /// </summary>
    public async Task<IssuedInvitation> CreateAsync(ICurrentPerson me, NewInvitation request, CancellationToken ct)
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
            var caller = await guard.RequireAsync(statementId, me.Id, StatementAction.ManagePeople, ct);
            // Accepting makes the invitee a member of the organisation: only its administrators add members to it.
            // People of other organisations join through their own administrators, then are chosen without a link.
            await organisations.RequireManagerAsync(me, organisationId, ct);
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
            await organisations.RequireManagerAsync(me, organisationId, ct);
        }
        var token = SecretToken.Create(TokenPrefix);
        var now = clock.GetUtcNow();
        var invitation = new Invitation(
            Guid.NewGuid(), SecretToken.Hash(token), email, organisationId, organisationAdmin, request.StatementId, request.Role,
            me.Id, now, now.AddDays(days));
        await store.AddInvitationAsync(invitation, ct);
        return new IssuedInvitation(invitation, token);
    }

    /// <summary>The organisation's open invitations, for its administrators (or CoDraft's).</summary>
    public async Task<IReadOnlyList<Invitation>> ListOpenAsync(ICurrentPerson me, Guid organisationId, CancellationToken ct)
    {
        await organisations.RequireManagerAsync(me, organisationId, ct);
        return await store.ListOpenInvitationsOfOrganisationAsync(organisationId, ct);
    }

    /// <summary>Sends an open invitation again: a new link with a new expiry replaces the old one, which stops working.</summary>
    public async Task<IssuedInvitation> ResendAsync(ICurrentPerson me, Guid invitationId, CancellationToken ct)
    {
        var old = await ManageableAsync(me, invitationId, ct);
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
        return new IssuedInvitation(renewed, token);
    }

    /// <summary>Revokes an open invitation: its link stops working.</summary>
    public async Task RevokeAsync(ICurrentPerson me, Guid invitationId, CancellationToken ct)
    {
        var invitation = await ManageableAsync(me, invitationId, ct);
        if (!await store.RevokeInvitationAsync(invitation.Id, clock.GetUtcNow(), ct))
        {
            throw Used();
        }
    }

    /// <summary>An open invitation the caller may send again or revoke: its organisation's administrators (or CoDraft's).</summary>
    private async Task<Invitation> ManageableAsync(ICurrentPerson me, Guid invitationId, CancellationToken ct)
    {
        var invitation = await store.FindInvitationByIdAsync(invitationId, ct)
            ?? throw new CoDraftException(ErrorCodes.InvitationNotFound, "No such invitation.");
        await organisations.RequireManagerAsync(me, invitation.OrganisationId, ct);
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

    /// <summary>
    /// Accepts the invitation whose link carries <paramref name="token"/>: as <paramref name="signedInPersonId"/> when
    /// someone is signed in, else as a new person named <paramref name="name"/> with <paramref name="password"/>.
    /// <paramref name="started"/> runs last, still undone with the rest if it fails (the endpoint starts the session there).
    /// </summary>
    public async Task<InvitationAcceptance> AcceptAsync(
        string? token, Guid? signedInPersonId, string? name, string? password, Func<Person, Task> started, CancellationToken ct)
    {
        var invitation = await FindUsableAsync(token, ct);
        if (invitation is { StatementId: { } invitedTo, Role: { } invitedRole })
        {
            // Checked before the link is used up: an organisation that left the statement since makes the link fail
            // here, usable again once it takes part.
            var current = await statementAccess.FindStatementAccessAsync(invitedTo, ct) ?? throw new CoDraftException(ErrorCodes.StatementNotFound, "No such statement.");
            current.WithRole(Guid.NewGuid(), invitation.OrganisationId, invitedRole);
        }
        var steps = new Steps();
        try
        {
            var person = signedInPersonId is { } personId
                ? await AcceptAsExistingPersonAsync(invitation, personId, steps, ct)
                : await AcceptAsNewPersonAsync(invitation, name, password, steps, ct);
            // A new membership: the person's live connections must see it at their next call.
            changes.Changed();
            if (invitation is { StatementId: { } statementId, Role: { } role })
            {
                await guard.ChangeAsync(statementId, access => access.WithRole(person.Id, invitation.OrganisationId, role), ct);
                await audit.RecordAsync(statementId, person.Id.ToString("D"), AuditActions.RoleSet,
                    new { personId = person.Id, organisationId = invitation.OrganisationId, role, invitationId = invitation.Id, invitedBy = invitation.CreatedBy }, ct);
            }
            await started(person);
            Log.InvitationAccepted(logger, invitation.Id, person.Id);
            return new InvitationAcceptance(invitation, person);
        }
        catch (Exception) when (steps.ClaimedBy is { } claimedBy)
        {
            await UndoAsync(invitation, claimedBy, steps);
            throw;
        }
    }

    /// <summary>Takes back what acceptance stored before it failed, newest first, whatever the request's cancellation.</summary>
    private async Task UndoAsync(Invitation invitation, Guid personId, Steps steps)
    {
        if (steps.AddedMembership)
        {
            await store.RemoveMembershipAsync(invitation.OrganisationId, personId, CancellationToken.None);
            changes.Changed();
        }
        if (steps.MadeAdmin)
        {
            await store.SetOrganisationAdminAsync(invitation.OrganisationId, personId, false, CancellationToken.None);
            changes.Changed();
        }
        await store.ReleaseInvitationAsync(invitation.Id, personId, CancellationToken.None);
    }

    private async Task<Person> AcceptAsExistingPersonAsync(Invitation invitation, Guid personId, Steps steps, CancellationToken ct)
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
        await ClaimAsync(invitation, person.Id, steps, ct);
        if (membership is null)
        {
            await store.AddMembershipAsync(new Membership(invitation.OrganisationId, person.Id, invitation.OrganisationAdmin, clock.GetUtcNow()), ct);
            steps.AddedMembership = true;
        }
        else if (invitation.OrganisationAdmin && !membership.IsOrganisationAdmin)
        {
            await store.SetOrganisationAdminAsync(invitation.OrganisationId, person.Id, true, ct);
            steps.MadeAdmin = true;
        }
        return person;
    }

    private async Task<Person> AcceptAsNewPersonAsync(Invitation invitation, string? name, string? password, Steps steps, CancellationToken ct)
    {
        if (await store.FindPersonByEmailAsync(invitation.Email, ct) is not null)
        {
            throw new CoDraftException(ErrorCodes.InvitationSignInFirst, "You already have an account: sign in, then accept the invitation.");
        }
        Label.Require(name, "name");
        Passwords.Require(password);
        var personId = Guid.NewGuid();
        await ClaimAsync(invitation, personId, steps, ct);
        var person = await accounts.CreatePersonAsync(invitation.Email, name, password, administrator: false, ct, personId);
        await store.AddMembershipAsync(new Membership(invitation.OrganisationId, person.Id, invitation.OrganisationAdmin, clock.GetUtcNow()), ct);
        steps.AddedMembership = true;
        return person;
    }

    /// <summary>The invitation of <paramref name="token"/>, refused when unknown, used, revoked or expired.</summary>
    public async Task<Invitation> FindUsableAsync(string? token, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var invitation = string.IsNullOrEmpty(token) ? null : await store.FindInvitationAsync(SecretToken.Hash(token), ct);
        if (invitation is null)
        {
            throw new CoDraftException(ErrorCodes.InvitationNotFound, "This invitation link is not valid; ask for a new one.");
        }
        if (invitation.UsedAt is not null)
        {
            throw Used();
        }
        if (invitation.RevokedAt is not null)
        {
            throw Revoked();
        }
        if (invitation.ExpiresAt <= now)
        {
            throw new CoDraftException(ErrorCodes.InvitationExpired, $"This invitation expired at {invitation.ExpiresAt:u}; ask for a new one.");
        }
        return invitation;
    }

    private async Task ClaimAsync(Invitation invitation, Guid personId, Steps steps, CancellationToken ct)
    {
        if (!await store.ClaimInvitationAsync(invitation.Id, personId, clock.GetUtcNow(), ct))
        {
            throw Used();
        }
        steps.ClaimedBy = personId;
    }

    /// <summary>A refusal for a link used up already.</summary>
    public static CoDraftException Used() => new(ErrorCodes.InvitationUsed, "This invitation has been used already; each link works once.");

    /// <summary>A refusal for a link withdrawn or replaced by a newer one.</summary>
    public static CoDraftException Revoked() =>
        new(ErrorCodes.InvitationRevoked, "This invitation was withdrawn, or a newer link was sent; use the newest link or ask for a new one.");

    private static CoDraftException Invalid(string message) => new(ErrorCodes.InvalidRequest, message);

    /// <summary>What this acceptance has stored so far, to undo on failure.</summary>
    private sealed class Steps
    {
        public Guid? ClaimedBy { get; set; }

        public bool AddedMembership { get; set; }

        public bool MadeAdmin { get; set; }
    }
}
