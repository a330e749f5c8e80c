using CoDraft.Core.Accounts;

namespace CoDraft.Protocol.Rest;

/// <summary>A new organisation. <paramref name="Country"/> is an ISO 3166-1 alpha-2 code.</summary>
public sealed record CreateOrganisationRequest(string? Name, string? Country, OrganisationType? Type, string? Website);

/// <summary>An organisation's new name, country, type and website (all four; the website may be null).</summary>
public sealed record UpdateOrganisationRequest(string? Name, string? Country, OrganisationType? Type, string? Website);

/// <summary>An organisation.</summary>
public sealed record OrganisationView(Guid Id, string Name, string Country, OrganisationType Type, string? Website);

/// <summary>A member of an organisation.</summary>
public sealed record MemberView(Guid PersonId, string Name, string Email, bool IsOrganisationAdmin, DateTimeOffset JoinedAt);

/// <summary>Makes a member an organisation administrator, or not.</summary>
public sealed record UpdateMemberRequest(bool? IsOrganisationAdmin);
