namespace CoDraft.Server.Auth;

/// <summary>
/// The single development identity every request runs as until accounts exist (issue 4 replaces it with
/// real sign-in). Its id is the "Auth:DevelopmentPerson" setting.
/// </summary>
public sealed class DevelopmentPerson(IConfiguration configuration) : ICurrentPerson
{
    /// <inheritdoc />
    public string Id { get; } = configuration["Auth:DevelopmentPerson"] ?? "dev@localhost";

    /// <inheritdoc />
    public string Name { get; } = configuration["Auth:DevelopmentName"] ?? "Developer";

    /// <inheritdoc />
    public string Organisation { get; } = configuration["Auth:DevelopmentOrganisation"] ?? "Development";
}
