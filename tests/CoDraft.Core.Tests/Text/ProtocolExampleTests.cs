using CoDraft.Core.Text;
using static CoDraft.Core.Tests.Text.Ops;

namespace CoDraft.Core.Tests.Text;

/// <summary>The examples of docs/protocol.md, "Op format", so the documentation cannot drift from the code.</summary>
public class ProtocolExampleTests
{
    private const string Document = "Wir fordern 😀 die EU";

    [Theory]
    [InlineData("""[4, "alle "]""", "Wir alle fordern 😀 die EU")]
    [InlineData("""[12, {"d": "😀"}, "🎉"]""", "Wir fordern 🎉 die EU")]
    [InlineData("""[4, {"d": 7}, "rufen"]""", "Wir rufen 😀 die EU")]
    public void Documented_op_gives_the_documented_text(string op, string expected)
    {
        Assert.Equal(expected, TextType.Apply(Document, Parse(op)));
    }

    [Fact]
    public void Documented_normal_and_resolved_forms_hold()
    {
        Assert.Equal(20, CodePoints.Count(Document));
        Assert.Equal(Parse("""[12, "🎉", {"d": "😀"}]"""), TextType.Normalize(Parse("""[12, {"d": "😀"}, "🎉"]""")));
        Assert.Equal(Parse("""[4, "rufen", {"d": "fordern"}]"""), TextType.Resolve(Document, Parse("""[4, {"d": 7}, "rufen"]""")));
    }

    [Fact]
    public void Documented_op_past_the_end_is_out_of_range()
    {
        Assert.Equal("op.out_of_range", Assert.Throws<InvalidOpException>(() => TextType.Apply(Document, Parse("""[21, "!"]"""))).Code);
    }

    [Fact]
    public void Documented_transform_example_converges_with_left_first()
    {
        var a = Parse("""[1, "X"]""");
        var b = Parse("""[1, "Y"]""");
        Assert.Equal(a, TextType.Transform(a, b, TransformSide.Left));
        Assert.Equal(Parse("""[2, "Y"]"""), TextType.Transform(b, a, TransformSide.Right));
        Assert.Equal("aXYbc", TextType.Apply(TextType.Apply("abc", a), TextType.Transform(b, a, TransformSide.Right)));
    }
}
