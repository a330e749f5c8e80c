namespace CoDraft.Server.SignOff;

/// <summary>An organisation by id and name, as a refusal names it in its details (the same shape as the REST OrganisationRef).</summary>
public sealed record NamedOrganisation(Guid Id, string Name);
