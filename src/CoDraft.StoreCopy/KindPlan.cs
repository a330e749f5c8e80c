using CoDraft.Core.Storage;

namespace CoDraft.StoreCopy;

/// <summary>What copying one kind will do, found before anything is written.</summary>
/// <param name="Kind">The kind's name.</param>
/// <param name="InSource">How many records the source holds.</param>
/// <param name="AlreadyInTarget">How many of them the target already holds, identical.</param>
/// <param name="Missing">How many of them the target lacks.</param>
/// <param name="Conflicts">One line per source record the target holds differently; copying is refused when any.</param>
/// <param name="WriteMissingAsync">Writes the missing records to the target.</param>
public sealed record KindPlan(
    string Kind,
    int InSource,
    int AlreadyInTarget,
    int Missing,
    IReadOnlyList<string> Conflicts,
    Func<CancellationToken, Task> WriteMissingAsync);
