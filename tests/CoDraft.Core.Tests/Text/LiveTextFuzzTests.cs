using CoDraft.Core.Text;
using CsCheck;

namespace CoDraft.Core.Tests.Text;

public class LiveTextFuzzTests
{
    // Documents of a few thousand code points and long inserts, so that edits cross, fill and split chunks.
    private static readonly Gen<string> BigDocument = Gen.Select(OpGen.Document, Gen.Int[0, 120], (unit, times) => string.Concat(Enumerable.Repeat(unit, times)));

    private static readonly Gen<OpGen.Step[]> BigSteps =
        Gen.Select(Gen.Int[0, 2], Gen.Int[1, 600], OpGen.Text, Gen.Int[1, 80], Gen.Bool,
            (kind, count, text, times, keepText) => new OpGen.Step(kind, count, string.Concat(Enumerable.Repeat(text, times)), keepText)).Array[0, 5];

    [Fact]
    public void Random_edits_give_the_same_text_as_string_apply()
    {
        Fuzz.Run(Gen.Select(BigDocument, BigSteps.Array[1, 4]), c =>
        {
            var (doc, edits) = c;
            var live = new LiveText(doc);
            var expected = doc;
            foreach (var steps in edits)
            {
                var op = OpGen.Fit(expected, steps);
                expected = TextType.Apply(expected, op);
                live.Apply(op);
                Assert.Equal(CodePoints.Count(expected), live.Length);
            }
            Assert.Equal(expected, live.ToString());
        }, seed: 11);
    }

    [Fact]
    public void Slices_match_the_string_after_edits()
    {
        Fuzz.Run(Gen.Select(BigDocument, BigSteps, Gen.Int[0, 5000], Gen.Int[0, 5000]), c =>
        {
            var (doc, steps, wantedStart, wantedCount) = c;
            var op = OpGen.Fit(doc, steps);
            var live = new LiveText(doc);
            live.Apply(op);
            var expected = TextType.Apply(doc, op);
            var length = CodePoints.Count(expected);
            var start = Math.Min(wantedStart, length);
            var count = Math.Min(wantedCount, length - start);
            var from = CodePoints.ToUtf16Index(expected, start);
            var to = CodePoints.ToUtf16Index(expected, start + count);
            Assert.Equal(expected[from..to], live.Slice(start, count));
        }, seed: 12);
    }

    [Fact]
    public void Resolve_agrees_with_string_resolve()
    {
        Fuzz.Run(Gen.Select(BigDocument, BigSteps), c =>
        {
            var (doc, steps) = c;
            var op = OpGen.Fit(doc, steps);
            Assert.Equal(TextType.Resolve(doc, op), new LiveText(doc).Resolve(op));
        }, seed: 13);
    }
}
