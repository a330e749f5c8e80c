namespace CoDraft.Protocol.Hub;

/// <summary>
/// A sign-off round was opened (<paramref name="Change"/> "opened") or a new candidate issued in it ("candidate_issued"):
/// signatories are now asked about the text of <paramref name="CandidateVersion"/>, whose SHA-256 is <paramref name="CandidateSha256"/>.
/// </summary>
public sealed record RoundMessage(
    Guid StatementId, Guid RoundId, string Change, long CandidateVersion, string CandidateSha256,
    IReadOnlyList<Guid> RequiredOrganisations, DateTimeOffset? Deadline);
