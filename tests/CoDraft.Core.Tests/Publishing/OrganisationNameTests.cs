using CoDraft.Core.Publishing;

namespace CoDraft.Core.Tests.Publishing;

public sealed class OrganisationNameTests
{
    [Theory]
    [InlineData("Save the Children e.V.", "SAVE THE CHILDREN")]
    [InlineData("Terre des Hommes", "terre des hommes")]
    [InlineData("Défense des Enfants", "Defense des enfants")]
    [InlineData("Child & Youth Finance", "Child and Youth Finance")]
    [InlineData("The Children's Society", "Childrens Society")]
    [InlineData("Kinderschutzbund gGmbH", "Kinderschutzbund")]
    [InlineData("eco Ltd.", "ECO")]
    [InlineData("  Missing   Children   Europe ", "Missing Children Europe")]
    [InlineData("ＥＣＰＡＴ", "ECPAT")]
    public void Spellings_of_one_organisation_meet(string a, string b) =>
        Assert.Equal(OrganisationName.Normalise(a), OrganisationName.Normalise(b));

    [Theory]
    [InlineData("Save the Children", "Save the Children International")]
    [InlineData("Terre des Hommes", "Terre des Femmes")]
    public void Different_organisations_stay_apart(string a, string b) =>
        Assert.NotEqual(OrganisationName.Normalise(a), OrganisationName.Normalise(b));
}
