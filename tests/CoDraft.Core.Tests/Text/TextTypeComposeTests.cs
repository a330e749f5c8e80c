using CoDraft.Core.Text;
using static CoDraft.Core.Tests.Text.Ops;

namespace CoDraft.Core.Tests.Text;

public class TextTypeComposeTests
{
    [Fact]
    public void Typing_two_characters_composes_into_one_insert()
    {
        Assert.Equal(Parse("""[3,"😀中"]"""), TextType.Compose(Parse("""[3, "😀"]"""), Parse("""[4, "中"]""")));
    }

    [Fact]
    public void Deleting_freshly_inserted_text_cancels_out()
    {
        Assert.Equal(TextOp.Identity, TextType.Compose(Parse("""[1, "abc"]"""), Parse("""[1, {"d": "abc"}]""")));
    }

    [Fact]
    public void Composition_equals_applying_one_after_the_other()
    {
        var doc = "Joint letter to the EU";
        var first = Parse("""[6, "open ", {"d": "letter"}, "statement"]""");
        var second = Parse("""[{"d": "Joint"}, "Our", 20, "🇪🇺"]""");
        Assert.Equal(TextType.Apply(TextType.Apply(doc, first), second), TextType.Apply(doc, TextType.Compose(first, second)));
    }

    [Fact]
    public void Second_op_deleting_text_the_first_did_not_insert_is_refused()
    {
        Assert.Equal("op.delete_mismatch", Assert.Throws<InvalidOpException>(() => TextType.Compose(Parse("""["ab"]"""), Parse("""[{"d": "ax"}]"""))).Code);
    }
}
