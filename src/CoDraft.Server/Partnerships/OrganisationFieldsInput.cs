using CoDraft.Core.Accounts;

namespace CoDraft.Server.Partnerships;

/// <summary>An organisation's fields as a person gave them, before any check.</summary>
public sealed record OrganisationFieldsInput(string? Name, string? Country, OrganisationType? Type, string? Website);
