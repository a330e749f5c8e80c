using CsCheck;

namespace CoDraft.Core.Tests.Text;

/// <summary>
/// Runs a property over a fixed, reproducible sequence of generated cases. CsCheck's own seed fixes only the first
/// iteration, so each case here gets its own seed from one fixed stream; a failure is then handed to CsCheck,
/// starting from the failing seed, to shrink it to a small case that can become a named regression test.
/// </summary>
internal static class Fuzz
{
    public const int Cases = 10_000;

    private const int Stream = 7;

    public static void Run<T>(Gen<T> gen, Action<T> property, ulong seed)
    {
        var seeds = new PCG(Stream, seed);
        for (var i = 0; i < Cases; i++)
        {
            var caseSeed = new PCG(Stream, seeds.Next64()).ToString();
            var value = gen.Generate(PCG.Parse(caseSeed), null, out _);
            try
            {
                property(value);
            }
            catch (Exception failure)
            {
                gen.Sample(property, seed: caseSeed, iter: Cases, threads: 1);
                throw new InvalidOperationException($"Case {i} failed (seed {caseSeed}): {Check.Print(value)}", failure);
            }
        }
    }
}
