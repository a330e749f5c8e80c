using CoDraft.Core.Text;
using CsCheck;

namespace CoDraft.Core.Tests.Text;

/// <summary>
/// Generators of documents and ops for the fuzz tests. Text mixes ASCII, CJK, astral-plane emoji and a combining
/// mark, so that any confusion of UTF-16 units with code points shows. An op is generated as a list of steps and
/// only fitted to a document inside the property, so that the op for a later document can be generated up front.
/// </summary>
internal static class OpGen
{
    private static readonly string[] Alphabet = ["a", "b", " ", "\n", "中", "文", "😀", "👍🏽", "🇪", "\u0301"];

    public static readonly Gen<string> Text = Gen.OneOf(Alphabet).Array[0, 4].Select(string.Concat);

    public static readonly Gen<string> Document = Gen.OneOf(Alphabet).Array[0, 16].Select(string.Concat);

    public static readonly Gen<Step[]> Steps =
        Gen.Select(Gen.Int[0, 2], Gen.Int[1, 5], Text, Gen.Bool, (kind, count, text, keepText) => new Step(kind, count, text, keepText)).Array[0, 6];

    /// <summary>One step of an op: retain, delete (with or without its text) or insert.</summary>
    public readonly record struct Step(int Kind, int Count, string Text, bool KeepDeletedText);

    /// <summary>The op the steps describe on <paramref name="document"/>, not normalized, never past its end.</summary>
    public static TextOp Fit(string document, Step[] steps)
    {
        var length = CodePoints.Count(document);
        var components = new List<OpComponent>();
        var position = 0;
        foreach (var step in steps)
        {
            var count = Math.Min(step.Count, length - position);
            switch (step.Kind)
            {
                case 0 when count > 0:
                    components.Add(OpComponent.Retain(count));
                    position += count;
                    break;
                case 1 when count > 0:
                    var start = CodePoints.ToUtf16Index(document, position);
                    var end = CodePoints.ToUtf16Index(document, position + count);
                    components.Add(step.KeepDeletedText ? OpComponent.Delete(document[start..end]) : OpComponent.DeleteCount(count));
                    position += count;
                    break;
                case 2 when step.Text.Length > 0:
                    components.Add(OpComponent.Insert(step.Text));
                    break;
            }
        }
        return new TextOp(components);
    }
}
