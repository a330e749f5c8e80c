using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CoDraft.Core.Audit;

/// <summary>Builds and verifies hash-chained audit entries (see <see cref="AuditEntry"/>).</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of a chain's first entry.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>
    /// The entry that follows <paramref name="previous"/> (null for the first of <paramref name="scope"/>).
    /// Times are kept to the millisecond, the precision every store keeps, so a stored entry verifies as written.
    /// </summary>
    public static AuditEntry Next(AuditEntry? previous, Guid scope, DateTimeOffset at, string actor, string action, string details)
    {
        if (previous is not null && previous.Scope != scope)
        {
            throw new ArgumentException("The previous entry belongs to another chain.", nameof(previous));
        }
        var sequence = (previous?.Sequence ?? 0) + 1;
        var time = DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
        var previousHash = previous?.Hash ?? GenesisHash;
        return new AuditEntry(scope, sequence, time, actor, action, details, previousHash,
            HashOf(scope, sequence, time, actor, action, details, previousHash));
    }

    /// <summary>Checks a whole chain, oldest first, from its first entry.</summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries)
    {
        AuditEntry? previous = null;
        var count = 0;
        foreach (var entry in entries)
        {
            var expectedSequence = (previous?.Sequence ?? 0) + 1;
            var problem =
                previous is not null && entry.Scope != previous.Scope ? "belongs to another chain" :
                entry.Sequence != expectedSequence ? $"has sequence {entry.Sequence} where {expectedSequence} was due" :
                entry.PreviousHash != (previous?.Hash ?? GenesisHash) ? "does not link to the entry before it" :
                entry.Hash != HashOf(entry.Scope, entry.Sequence, entry.At, entry.Actor, entry.Action, entry.Details, entry.PreviousHash) ? "was altered after it was written" :
                null;
            if (problem is not null)
            {
                return AuditVerification.Broken(count, expectedSequence, $"Entry {expectedSequence} {problem}.");
            }
            previous = entry;
            count++;
        }
        return AuditVerification.Intact(count, previous?.Hash ?? GenesisHash);
    }

    private static string HashOf(Guid scope, long sequence, DateTimeOffset at, string actor, string action, string details, string previousHash)
    {
        // A JSON array is an unambiguous encoding: no field's text can imitate a field boundary.
        var canonical = JsonSerializer.Serialize(new object[]
        {
            scope.ToString("D"), sequence, at.ToUnixTimeMilliseconds(), actor, action, details, previousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
