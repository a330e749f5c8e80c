using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;

namespace CoDraft.Core.Tests.Accounts;

public sealed class StatementAccessPartnershipTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private readonly Guid statement = Guid.NewGuid();
    private readonly Guid convening = Guid.NewGuid();
    private readonly Guid partner = Guid.NewGuid();
    private readonly Guid lead = Guid.NewGuid();
    private readonly Guid person = Guid.NewGuid();
    private readonly Guid partnerAdmin = Guid.NewGuid();

    private StatementAccess Started() => StatementAccess.Start(statement, convening, lead);

    [Fact]
    public void An_invited_organisation_does_not_take_part_and_its_people_get_no_role()
    {
        var invited = Started().InvitePartner(partner, lead, At);

        Assert.False(invited.Includes(partner));
        Assert.Equal(PartnerStatus.Invited, invited.InvitationOf(partner)!.Status);
        Assert.Equal(ErrorCodes.OrganisationNotOnStatement,
            Assert.Throws<CoDraftException>(() => invited.WithRole(person, partner, StatementRole.Editor)).Code);
        Assert.Empty(invited.ApproversOf(partner));
    }

    [Fact]
    public void Accepting_makes_the_organisation_a_partner_and_forgets_the_invitation()
    {
        var accepted = Started().InvitePartner(partner, lead, At).AcceptPartnership(partner);

        Assert.True(accepted.Includes(partner));
        Assert.Null(accepted.InvitationOf(partner));
        Assert.Same(accepted, accepted.AcceptPartnership(partner));
    }

    [Fact]
    public void An_organisation_that_was_not_asked_cannot_accept()
    {
        var error = Assert.Throws<CoDraftException>(() => Started().AcceptPartnership(partner));

        Assert.Equal(ErrorCodes.PartnerNotInvited, error.Code);
    }

    [Fact]
    public void Declining_is_kept_and_blocks_accepting_until_asked_again()
    {
        var declined = Started().InvitePartner(partner, lead, At).DeclinePartnership(partner, partnerAdmin, At.AddHours(1));

        Assert.Equal((PartnerStatus.Declined, partnerAdmin, At.AddHours(1)),
            (declined.InvitationOf(partner)!.Status, declined.InvitationOf(partner)!.AnsweredBy, declined.InvitationOf(partner)!.AnsweredAt));
        Assert.Equal(ErrorCodes.PartnerNotInvited, Assert.Throws<CoDraftException>(() => declined.AcceptPartnership(partner)).Code);
        Assert.True(declined.InvitePartner(partner, lead, At.AddDays(1)).AcceptPartnership(partner).Includes(partner));
    }

    [Fact]
    public void A_partner_that_leaves_loses_its_peoples_roles_and_proposals()
    {
        var other = Guid.NewGuid();
        var taking = Started().WithPartner(partner)
            .WithRole(person, partner, StatementRole.Editor)
            .ProposeSignatory(other, partner, lead, At);

        var left = taking.DeclinePartnership(partner, partnerAdmin, At);

        Assert.False(left.Includes(partner));
        Assert.DoesNotContain(left.People, p => p.OrganisationId == partner);
        Assert.Empty(left.SignatoryProposals);
        Assert.Equal(PartnerStatus.Declined, left.InvitationOf(partner)!.Status);
    }

    [Fact]
    public void The_convening_organisation_cannot_decline_its_own_statement()
    {
        Assert.Equal(ErrorCodes.ConveningOrganisation,
            Assert.Throws<CoDraftException>(() => Started().DeclinePartnership(convening, lead, At)).Code);
    }

    [Fact]
    public void A_signatory_of_another_organisation_is_only_proposed_and_keeps_their_role_until_confirmed()
    {
        var access = Started().WithPartner(partner).WithRole(person, partner, StatementRole.Commenter);

        var proposed = access.AssignRole(person, partner, StatementRole.Signatory, lead, byAdministers: convening, At);

        Assert.True(proposed.Proposed);
        Assert.Equal(StatementRole.Commenter, proposed.Access.RoleOf(person, partner));
        Assert.Equal(new SignatoryProposal(person, partner, lead, At), Assert.Single(proposed.Access.SignatoryProposals));
        Assert.Empty(proposed.Access.ApproversOf(partner));

        var confirmed = proposed.Access.WithRole(person, partner, StatementRole.Signatory);

        Assert.Equal(StatementRole.Signatory, confirmed.RoleOf(person, partner));
        Assert.Empty(confirmed.SignatoryProposals);
        Assert.Equal([person], confirmed.ApproversOf(partner));
    }

    [Fact]
    public void An_administrator_of_the_persons_own_organisation_gives_the_signatory_role_at_once()
    {
        var access = Started().WithPartner(partner);

        var given = access.AssignRole(person, partner, StatementRole.Signatory, partnerAdmin, byAdministers: partner, At);

        Assert.False(given.Proposed);
        Assert.Equal(StatementRole.Signatory, given.Access.RoleOf(person, partner));
    }

    [Fact]
    public void Roles_that_decide_nothing_for_the_organisation_are_given_by_leads_directly()
    {
        var access = Started().WithPartner(partner);

        var given = access.AssignRole(person, partner, StatementRole.Editor, lead, byAdministers: null, At);

        Assert.False(given.Proposed);
        Assert.Equal(StatementRole.Editor, given.Access.RoleOf(person, partner));
    }

    [Fact]
    public void A_proposal_for_an_organisation_that_does_not_take_part_is_refused()
    {
        var invited = Started().InvitePartner(partner, lead, At);

        Assert.Equal(ErrorCodes.OrganisationNotOnStatement,
            Assert.Throws<CoDraftException>(() => invited.ProposeSignatory(person, partner, lead, At)).Code);
    }

    [Fact]
    public void Taking_a_person_off_withdraws_a_proposal_that_they_approve()
    {
        var proposed = Started().WithPartner(partner).ProposeSignatory(person, partner, lead, At);

        var withdrawn = proposed.WithoutPerson(person);

        Assert.Empty(withdrawn.SignatoryProposals);
        Assert.Equal(ErrorCodes.PersonNotFound, Assert.Throws<CoDraftException>(() => withdrawn.WithoutPerson(person)).Code);
    }

    [Fact]
    public void The_convening_organisations_leads_can_approve_for_it()
    {
        Assert.Equal([lead], Started().ApproversOf(convening));
    }
}
