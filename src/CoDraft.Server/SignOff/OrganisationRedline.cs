using CoDraft.Core.Redlines;

namespace CoDraft.Server.SignOff;

/// <summary>
/// What changed for one organisation: the redline from the text it last approved (<paramref name="Since"/> "approved"),
/// or failing that the last text it decided on ("decided"), to the current candidate. Null redline when it decided on nothing yet ("none").
/// </summary>
public sealed record OrganisationRedline(
    Guid OrganisationId, string Since, long? FromVersion, string? FromSha256, long ToVersion, string ToSha256, Redline? Redline);
