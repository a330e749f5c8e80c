namespace CoDraft.Server.Tests.Infrastructure;

/// <summary>A signed-in person: <see cref="Client"/> sends their personal access token <see cref="Token"/> as a bearer token.</summary>
public sealed record TestPerson(Guid Id, string Name, string Email, Guid? OrganisationId, string Token, HttpClient Client)
{
    /// <summary>The author id recorded on what they change.</summary>
    public string AuthorId => Id.ToString("D");

    /// <summary>The accounts that made this person, so that helpers can reach other organisations' administrators.</summary>
    public TestAccounts? Accounts { get; init; }
}
