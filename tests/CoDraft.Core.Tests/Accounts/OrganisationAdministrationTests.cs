using CoDraft.Core.Accounts;

namespace CoDraft.Core.Tests.Accounts;

public sealed class OrganisationAdministrationTests
{
    private static readonly Guid Eurochild = Guid.NewGuid();
    private static readonly Guid SaveTheChildren = Guid.NewGuid();

    private static Membership Member(Guid organisationId, bool admin) => new(organisationId, Guid.NewGuid(), admin, DateTimeOffset.UnixEpoch);

    [Fact]
    public void An_organisations_own_administrator_manages_it() =>
        Assert.True(OrganisationAdministration.MayManage(false, Member(Eurochild, admin: true), Eurochild));

    [Fact]
    public void A_plain_member_does_not_manage_their_organisation() =>
        Assert.False(OrganisationAdministration.MayManage(false, Member(Eurochild, admin: false), Eurochild));

    [Fact]
    public void An_administrator_of_another_organisation_does_not_manage_this_one() =>
        Assert.False(OrganisationAdministration.MayManage(false, Member(SaveTheChildren, admin: true), Eurochild));

    [Fact]
    public void A_CoDraft_administrator_manages_any_organisation_without_belonging_to_it() =>
        Assert.True(OrganisationAdministration.MayManage(true, null, Eurochild));

    [Fact]
    public void A_person_in_no_organisation_manages_none() =>
        Assert.False(OrganisationAdministration.MayManage(false, null, Eurochild));

    [Fact]
    public void An_organisations_administrator_convenes_statements_in_its_name() =>
        Assert.True(OrganisationAdministration.MayConvene(Member(Eurochild, admin: true)));

    [Fact]
    public void A_plain_member_does_not_convene() =>
        Assert.False(OrganisationAdministration.MayConvene(Member(Eurochild, admin: false)));

    [Fact]
    public void A_person_in_no_organisation_does_not_convene() =>
        Assert.False(OrganisationAdministration.MayConvene(null));
}
