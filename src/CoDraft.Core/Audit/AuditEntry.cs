namespace CoDraft.Core.Audit;

/// <summary>
/// One link of an audit chain: what happened (<see cref="Action"/> with JSON <see cref="Details"/>), who did it and
/// when, chained to the entry before it by <see cref="PreviousHash"/>. <see cref="Hash"/> covers every other field,
/// so changing, removing or reordering any entry breaks the chain from there on. Each statement has its own
/// chain (<see cref="Scope"/>); <see cref="Sequence"/> counts from 1 within it.
/// </summary>
public sealed record AuditEntry(
    Guid Scope,
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string Action,
    string Details,
    string PreviousHash,
    string Hash);
