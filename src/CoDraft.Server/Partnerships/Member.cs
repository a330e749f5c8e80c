using CoDraft.Core.Accounts;

namespace CoDraft.Server.Partnerships;

/// <summary>A member of an organisation: the person and their membership of it.</summary>
/// <param name="Person">The person.</param>
/// <param name="Membership">Since when they belong, and whether they administer the organisation.</param>
public sealed record Member(Person Person, Membership Membership);
