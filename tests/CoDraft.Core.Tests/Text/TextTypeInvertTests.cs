using CoDraft.Core.Text;
using static CoDraft.Core.Tests.Text.Ops;

namespace CoDraft.Core.Tests.Text;

public class TextTypeInvertTests
{
    [Fact]
    public void Inverse_restores_the_original_document()
    {
        var before = "Wir fordern 😀 die EU";
        var op = Parse("""[4, "alle ", {"d": "fordern"}, "rufen", 3, {"d": "die"}]""");
        var after = TextType.Apply(before, op);
        Assert.Equal(before, TextType.Apply(after, TextType.Invert(op)));
    }

    [Fact]
    public void Inverse_swaps_inserts_and_deletes()
    {
        Assert.Equal(Parse("""[2,"ab",{"d":"x"}]"""), TextType.Invert(Parse("""[2, "x", {"d": "ab"}]""")));
    }

    [Fact]
    public void Delete_without_text_cannot_be_inverted()
    {
        Assert.Equal("op.delete_text_unknown", Assert.Throws<InvalidOpException>(() => TextType.Invert(Parse("""[{"d": 2}]"""))).Code);
    }
}
