using System.Text;
using CoDraft.Core.Text;
using static CoDraft.Core.Tests.Text.Ops;

namespace CoDraft.Core.Tests.Text;

public class TextDiffTests
{
    [Fact]
    public void Change_in_the_middle_becomes_a_retain_and_a_replacement()
    {
        Assert.Equal(Parse("""[4,"cat",{"d":"dog"}]"""), TextDiff.ToOp("the dog sat", "the cat sat"));
    }

    [Fact]
    public void Identical_texts_give_the_identity()
    {
        Assert.Equal(TextOp.Identity, TextDiff.ToOp("same 😀", "same 😀"));
    }

    [Fact]
    public void Emoji_sharing_a_high_surrogate_are_not_split()
    {
        // 😀 is D83D DE00 and 😁 is D83D DE01: the UTF-16 common prefix ends inside the pair.
        var op = TextDiff.ToOp("a😀b", "a😁b");
        Assert.Equal(Parse("""[1,"😁",{"d":"😀"}]"""), op);
    }

    [Fact]
    public void Emoji_sharing_a_low_surrogate_are_not_split()
    {
        // 😀 is D83D DE00 and U+1FA00 is D83E DE00: the UTF-16 common suffix starts inside the pair.
        var op = TextDiff.ToOp("x😀", "x\U0001FA00");
        Assert.Equal(Parse("[1,\"\U0001FA00\",{\"d\":\"😀\"}]"), op);
    }

    [Fact]
    public void Combining_mark_added_at_the_end_is_a_single_insert()
    {
        Assert.Equal(Parse("[4,\"\u0301\"]"), TextDiff.ToOp("cafe", "cafe\u0301"));
    }

    [Fact]
    public void CJK_edit_is_counted_in_code_points()
    {
        var before = "我们呼吁欧盟保护儿童";
        var after = "我们强烈呼吁欧盟保护儿童";
        Assert.Equal(Parse("""[2,"强烈"]"""), TextDiff.ToOp(before, after));
    }

    [Fact]
    public void Scattered_small_edits_to_a_big_document_give_a_small_op()
    {
        var before = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            before.Append($"Paragraph {i}: the coalition asks for protection of children online. 😀\n");
        }
        var after = before.ToString().Replace("Paragraph 100:", "Paragraph 100 (amended):").Replace("Paragraph 1900: the", "Paragraph 1900: all the");
        var op = TextDiff.ToOp(before.ToString(), after);
        Assert.Equal(after, TextType.Apply(before.ToString(), op));
        Assert.True(Json(op).Length < 100, Json(op));
    }

    [Fact]
    public void Op_turns_before_into_after_and_carries_its_delete_texts()
    {
        var before = "Dear partners,\nwe ask the EU to act 😀 now.\nSigned";
        var after = "Dear partners and friends,\nwe urge the EU to act 🎉 today.\n";
        var op = TextDiff.ToOp(before, after);
        Assert.Equal(after, TextType.Apply(before, op));
        Assert.Equal(before, TextType.Apply(after, TextType.Invert(op)));
    }
}
