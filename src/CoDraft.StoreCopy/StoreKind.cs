using CoDraft.Core.Storage;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CoDraft.StoreCopy;

/// <summary>
/// A kind of stored record described by three functions: how to read all of them from a store, the key that
/// identifies one (its id, or e.g. statement and version), and how to write the ones the target lacks. Records are
/// compared by their JSON form, so two records are the same exactly when every property is.
/// </summary>
/// <typeparam name="T">The record type the ports read and write.</typeparam>
public sealed class StoreKind<T> : IStoreKind
    where T : notnull
{
    private readonly Func<IDraftStore, CancellationToken, Task<IReadOnlyList<T>>> readAll;
    private readonly Func<T, string> key;
    private readonly Func<IDraftStore, IReadOnlyList<T>, CancellationToken, Task> writeMissing;

    /// <summary>Describes a kind.</summary>
    /// <param name="name">The name shown in the summary.</param>
    /// <param name="readAll">Every record of this kind in a store.</param>
    /// <param name="key">What identifies a record; unique within the kind.</param>
    /// <param name="writeMissing">Writes records the target lacks, in source order (see <see cref="OneByOne"/>).</param>
    public StoreKind(
        string name,
        Func<IDraftStore, CancellationToken, Task<IReadOnlyList<T>>> readAll,
        Func<T, string> key,
        Func<IDraftStore, IReadOnlyList<T>, CancellationToken, Task> writeMissing)
    {
        Name = name;
        this.readAll = readAll;
        this.key = key;
        this.writeMissing = writeMissing;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>
    /// What must match for a record the target already holds to count as the same; the whole record by default.
    /// A statement, for instance, is compared without its head version, which grows as its ops are copied.
    /// </summary>
    public Func<T, object>? ComparedWhenPresent { get; init; }

    /// <summary>Other values unique within the kind (an email, a token hash): a different record holding one in the target is a conflict.</summary>
    public IReadOnlyList<(string Name, Func<T, string> Value)> AlsoUnique { get; init; } = [];

    /// <summary>A writer that writes the missing records one at a time with <paramref name="write"/>.</summary>
    public static Func<IDraftStore, IReadOnlyList<T>, CancellationToken, Task> OneByOne(Func<IDraftStore, T, CancellationToken, Task> write) =>
        async (store, records, cancellationToken) =>
        {
            foreach (var record in records)
            {
                await write(store, record, cancellationToken);
            }
        };

    /// <inheritdoc />
    public async Task<KindPlan> PlanAsync(IDraftStore source, IDraftStore target, CancellationToken cancellationToken)
    {
        var records = await readAll(source, cancellationToken);
        var existing = await readAll(target, cancellationToken);
        var byKey = existing.ToDictionary(key, StringComparer.Ordinal);
        var compared = ComparedWhenPresent ?? (r => r);
        var taken = AlsoUnique.Select(u => existing.Select(u.Value).ToHashSet(StringComparer.Ordinal)).ToList();
        var missing = new List<T>();
        var conflicts = new List<string>();
        var already = 0;
        foreach (var record in records)
        {
            var id = key(record);
            if (!byKey.TryGetValue(id, out var there))
            {
                conflicts.AddRange(AlsoUnique
                    .Where((u, i) => taken[i].Contains(u.Value(record)))
                    .Select(u => $"{Name} {id}: the target holds another record with the same {u.Name}"));
                missing.Add(record);
            }
            else if (Json(compared(record)) == Json(compared(there)))
            {
                already++;
            }
            else
            {
                conflicts.Add($"{Name} {id}: the target holds it with different {string.Join(", ", DifferentProperties(compared(record), compared(there)))}");
            }
        }
        return new KindPlan(Name, records.Count, already, missing.Count, conflicts, ct => writeMissing(target, missing, ct));
    }

    /// <inheritdoc />
    public async Task<KindVerification> VerifyAsync(IDraftStore source, IDraftStore target, CancellationToken cancellationToken)
    {
        var records = (await readAll(source, cancellationToken)).OrderBy(key, StringComparer.Ordinal).ToList();
        var byKey = (await readAll(target, cancellationToken)).ToDictionary(key, StringComparer.Ordinal);
        var counterparts = new List<T>();
        string? firstDifference = null;
        foreach (var record in records)
        {
            if (byKey.TryGetValue(key(record), out var there))
            {
                counterparts.Add(there);
                if (firstDifference is null && Json(record) != Json(there))
                {
                    firstDifference = key(record);
                }
            }
            else
            {
                firstDifference ??= key(record);
            }
        }
        return new KindVerification(
            Name, records.Count, counterparts.Count, Hash(records), Hash(counterparts), byKey.Count - counterparts.Count, firstDifference);
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType());

    private static string Hash(IEnumerable<T> records)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var record in records)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Json(record)));
            sha.AppendData("\n"u8);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static IEnumerable<string> DifferentProperties(object mine, object theirs)
    {
        using var a = JsonDocument.Parse(Json(mine));
        using var b = JsonDocument.Parse(Json(theirs));
        var names = a.RootElement.EnumerateObject()
            .Where(p => !b.RootElement.TryGetProperty(p.Name, out var other) || other.GetRawText() != p.Value.GetRawText())
            .Select(p => p.Name)
            .ToList();
        return names.Count == 0 ? ["content"] : names;
    }
}
