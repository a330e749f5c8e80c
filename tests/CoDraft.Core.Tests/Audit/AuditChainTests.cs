using CoDraft.Core.Audit;

namespace CoDraft.Core.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly Guid Statement = Guid.NewGuid();
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        for (var i = 0; i < length; i++)
        {
            entries.Add(AuditChain.Next(entries.LastOrDefault(), Statement, T0.AddMinutes(i), $"person-{i % 3}", "statement.edited", $"{{\"version\":{i + 1}}}"));
        }
        return entries;
    }

    [Fact]
    public void An_untouched_chain_verifies_end_to_end()
    {
        var chain = Chain(20);

        var result = AuditChain.Verify(chain);

        Assert.True(result.IsIntact);
        Assert.Equal(20, result.VerifiedEntries);
        Assert.Equal(chain[^1].Hash, result.HeadHash);
        Assert.Equal(AuditChain.GenesisHash, chain[0].PreviousHash);
    }

    [Fact]
    public void Altering_any_field_of_an_entry_breaks_the_chain_at_that_entry()
    {
        var chain = Chain(10);
        var alterations = new Func<AuditEntry, AuditEntry>[]
        {
            e => e with { Actor = "someone-else" },
            e => e with { Action = "statement.published" },
            e => e with { Details = "{\"version\":99}" },
            e => e with { At = e.At.AddSeconds(1) },
        };

        foreach (var alter in alterations)
        {
            var tampered = chain.ToList();
            tampered[4] = alter(tampered[4]);

            var result = AuditChain.Verify(tampered);

            Assert.False(result.IsIntact);
            Assert.Equal(5, result.BrokenAt);
            Assert.Equal(4, result.VerifiedEntries);
        }
    }

    [Fact]
    public void Removing_or_reordering_entries_is_detected()
    {
        var chain = Chain(6);

        var removed = AuditChain.Verify(chain.Where((_, i) => i != 2));
        var swapped = AuditChain.Verify([chain[0], chain[2], chain[1], .. chain.Skip(3)]);

        Assert.Equal(3, removed.BrokenAt);
        Assert.Equal(2, swapped.BrokenAt);
    }

    [Fact]
    public void A_rehashed_forgery_still_breaks_the_link_to_the_next_entry()
    {
        var chain = Chain(5);
        var forged = AuditChain.Next(chain[1], Statement, chain[2].At, "forger", chain[2].Action, chain[2].Details);

        var result = AuditChain.Verify([chain[0], chain[1], forged, chain[3], chain[4]]);

        Assert.Equal(4, result.BrokenAt);
    }

    [Fact]
    public void Times_are_kept_to_the_millisecond_so_a_stored_entry_verifies()
    {
        var entry = AuditChain.Next(null, Statement, T0.AddTicks(12345), "p", "a", "{}");
        var storedAndRead = entry with { At = DateTimeOffset.FromUnixTimeMilliseconds(entry.At.ToUnixTimeMilliseconds()) };

        Assert.True(AuditChain.Verify([storedAndRead]).IsIntact);
    }
}
