using System.Text;
using CoDraft.Core.Text;

namespace CoDraft.Bench;

/// <summary>
/// Random documents and ops for the shared vectors, from a fixed seed so that regenerating gives the same files.
/// Text mixes ASCII, CJK, astral-plane emoji and a combining mark.
/// </summary>
internal sealed class RandomOps(int seed)
{
    private static readonly string[] Alphabet = ["a", "b", "c", " ", "\n", "中", "文", "😀", "👍🏽", "\u0301"];

    private readonly Random _random = new(seed);

    public string Text(int maxCodeUnits)
    {
        var text = new StringBuilder();
        var pieces = _random.Next(maxCodeUnits + 1);
        for (var i = 0; i < pieces; i++)
        {
            text.Append(Alphabet[_random.Next(Alphabet.Length)]);
        }
        return text.ToString();
    }

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    /// <summary>
    /// A random op in normal form that fits <paramref name="document"/> and changes it; deletes carry their text
    /// unless told otherwise.
    /// </summary>
    public TextOp Op(string document, bool countOnlyDeletes)
    {
        TextOp op;
        do
        {
            op = AnyOp(document, countOnlyDeletes);
        }
        while (op.IsNoOp);
        return op;
    }

    private TextOp AnyOp(string document, bool countOnlyDeletes)
    {
        var length = CodePoints.Count(document);
        var components = new List<OpComponent>();
        var position = 0;
        var steps = _random.Next(1, 6);
        for (var i = 0; i < steps; i++)
        {
            var count = Math.Min(_random.Next(1, 5), length - position);
            switch (_random.Next(3))
            {
                case 0 when count > 0:
                    components.Add(OpComponent.Retain(count));
                    position += count;
                    break;
                case 1 when count > 0:
                    var start = CodePoints.ToUtf16Index(document, position);
                    var end = CodePoints.ToUtf16Index(document, position + count);
                    components.Add(countOnlyDeletes ? OpComponent.DeleteCount(count) : OpComponent.Delete(document[start..end]));
                    position += count;
                    break;
                default:
                    var text = Text(3);
                    if (text.Length > 0)
                    {
                        components.Add(OpComponent.Insert(text));
                    }
                    break;
            }
        }
        return TextType.Normalize(new TextOp(components));
    }
}
