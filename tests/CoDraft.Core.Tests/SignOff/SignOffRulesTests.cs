using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;

namespace CoDraft.Core.Tests.SignOff;

public sealed class SignOffRulesTests
{
    private static readonly Guid Statement = Guid.NewGuid();
    private static readonly Guid Convener = Guid.NewGuid();
    private static readonly Guid Partner = Guid.NewGuid();
    private static readonly Guid Outsider = Guid.NewGuid();
    private static readonly StatementAccess Access = StatementAccess.Start(Statement, Convener, Guid.NewGuid()).WithPartner(Partner);

    [Fact]
    public void A_round_without_named_organisations_asks_every_organisation_convener_first() =>
        Assert.Equal([Convener, Partner], SignOffRules.RequiredOrganisations(Access, null));

    [Fact]
    public void A_round_asks_exactly_the_organisations_the_lead_named() =>
        Assert.Equal([Partner], SignOffRules.RequiredOrganisations(Access, [Partner]));

    [Fact]
    public void A_round_naming_no_organisation_or_one_twice_is_refused()
    {
        Assert.Equal(ErrorCodes.InvalidRequest, Assert.Throws<CoDraftException>(() => SignOffRules.RequiredOrganisations(Access, [])).Code);
        Assert.Equal(ErrorCodes.InvalidRequest, Assert.Throws<CoDraftException>(() => SignOffRules.RequiredOrganisations(Access, [Partner, Partner])).Code);
    }

    [Fact]
    public void A_round_naming_an_organisation_outside_the_statement_is_refused_naming_it()
    {
        var refusal = Assert.Throws<CoDraftException>(() => SignOffRules.RequiredOrganisations(Access, [Convener, Outsider]));
        Assert.Equal(ErrorCodes.OrganisationNotOnStatement, refusal.Code);
        Assert.Contains(Outsider.ToString(), refusal.Message);
    }

    [Fact]
    public void A_signatory_decides_for_their_own_organisation_by_default_or_when_naming_it()
    {
        Assert.Equal(Partner, SignOffRules.DecidingOrganisation(StatementRole.Signatory, Partner, null));
        Assert.Equal(Partner, SignOffRules.DecidingOrganisation(StatementRole.Signatory, Partner, Partner));
    }

    [Fact]
    public void Nobody_decides_for_another_organisation_not_even_a_lead() =>
        Assert.Equal(ErrorCodes.WrongOrganisation,
            Assert.Throws<CoDraftException>(() => SignOffRules.DecidingOrganisation(StatementRole.Lead, Convener, Partner)).Code);

    [Theory]
    [InlineData(StatementRole.Viewer)]
    [InlineData(StatementRole.Commenter)]
    [InlineData(StatementRole.Editor)]
    public void A_role_that_may_not_approve_decides_for_no_organisation(StatementRole role) =>
        Assert.Equal(ErrorCodes.WrongOrganisation,
            Assert.Throws<CoDraftException>(() => SignOffRules.DecidingOrganisation(role, Partner, null)).Code);

    [Fact]
    public void A_decision_for_an_organisation_the_round_does_not_ask_is_refused()
    {
        var round = new SignOffRound(Guid.NewGuid(), Statement, [Partner], null, [new SignOffCandidate(3, "abc", DateTimeOffset.UnixEpoch)]);
        SignOffRules.RequireAsked(round, Partner);
        Assert.Equal(ErrorCodes.NotRequired, Assert.Throws<CoDraftException>(() => SignOffRules.RequireAsked(round, Convener)).Code);
    }
}
