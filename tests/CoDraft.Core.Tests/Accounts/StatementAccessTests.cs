using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;

namespace CoDraft.Core.Tests.Accounts;

public sealed class StatementAccessTests
{
    private readonly Guid statement = Guid.NewGuid();
    private readonly Guid convening = Guid.NewGuid();
    private readonly Guid partner = Guid.NewGuid();
    private readonly Guid lead = Guid.NewGuid();

    private StatementAccess Started() => StatementAccess.Start(statement, convening, lead);

    [Fact]
    public void The_creator_leads_a_new_statement_for_the_convening_organisation()
    {
        var access = Started();

        Assert.Equal(StatementRole.Lead, access.RoleOf(lead, convening));
        Assert.Equal([convening], access.Organisations);
    }

    [Fact]
    public void A_person_of_an_organisation_not_on_the_statement_has_no_role()
    {
        var outsider = Guid.NewGuid();
        var access = Started();

        Assert.Null(access.RoleOf(outsider, Guid.NewGuid()));
        Assert.Null(access.RoleOf(lead, null));
    }

    [Fact]
    public void A_role_counts_only_while_the_person_is_in_the_organisation_it_was_given_for()
    {
        var signatory = Guid.NewGuid();
        var access = Started().WithPartner(partner).WithRole(signatory, partner, StatementRole.Signatory);

        Assert.Equal(StatementRole.Signatory, access.RoleOf(signatory, partner));
        Assert.Null(access.RoleOf(signatory, convening));
    }

    [Fact]
    public void Removing_a_partner_takes_away_its_peoples_roles()
    {
        var editor = Guid.NewGuid();
        var access = Started().WithPartner(partner).WithRole(editor, partner, StatementRole.Editor);

        var removed = access.WithoutPartner(partner);

        Assert.False(removed.Includes(partner));
        Assert.Null(removed.RoleOf(editor, partner));
        Assert.DoesNotContain(removed.People, p => p.PersonId == editor);
    }

    [Fact]
    public void Adding_a_partner_twice_changes_nothing()
    {
        var once = Started().WithPartner(partner);

        Assert.Same(once, once.WithPartner(partner));
        Assert.Same(once, once.WithPartner(convening));
    }

    [Fact]
    public void The_convening_organisation_cannot_be_removed()
    {
        AssertRefused(ErrorCodes.ConveningOrganisation, () => Started().WithoutPartner(convening));
        AssertRefused(ErrorCodes.OrganisationNotFound, () => Started().WithoutPartner(partner));
    }

    [Fact]
    public void Roles_are_given_only_to_people_of_organisations_on_the_statement()
    {
        AssertRefused(ErrorCodes.OrganisationNotOnStatement, () => Started().WithRole(Guid.NewGuid(), partner, StatementRole.Viewer));
    }

    [Fact]
    public void Leads_come_from_the_convening_organisation()
    {
        AssertRefused(ErrorCodes.LeadOutsideConvening, () => Started().WithPartner(partner).WithRole(Guid.NewGuid(), partner, StatementRole.Lead));
    }

    [Fact]
    public void The_last_lead_can_be_neither_removed_nor_demoted()
    {
        AssertRefused(ErrorCodes.LastLead, () => Started().WithoutPerson(lead));
        AssertRefused(ErrorCodes.LastLead, () => Started().WithRole(lead, convening, StatementRole.Editor));
    }

    [Fact]
    public void A_lead_can_step_down_once_there_is_another()
    {
        var second = Guid.NewGuid();

        var access = Started().WithRole(second, convening, StatementRole.Lead).WithRole(lead, convening, StatementRole.Viewer);

        Assert.Equal(StatementRole.Viewer, access.RoleOf(lead, convening));
        Assert.Equal(StatementRole.Lead, access.RoleOf(second, convening));
        Assert.Equal(2, access.People.Count);
    }

    [Fact]
    public void Removing_someone_without_a_role_is_refused()
    {
        AssertRefused(ErrorCodes.PersonNotFound, () => Started().WithoutPerson(Guid.NewGuid()));
    }

    private static void AssertRefused(string code, Action change) =>
        Assert.Equal(code, Assert.Throws<CoDraftException>(change).Code);
}
