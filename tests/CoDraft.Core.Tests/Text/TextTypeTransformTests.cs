using CoDraft.Core.Text;
using static CoDraft.Core.Tests.Text.Ops;

namespace CoDraft.Core.Tests.Text;

public class TextTypeTransformTests
{
    private static (string ViaA, string ViaB) BothOrders(string doc, TextOp a, TextOp b) =>
        (TextType.Apply(TextType.Apply(doc, a), TextType.Transform(b, a, TransformSide.Right)),
         TextType.Apply(TextType.Apply(doc, b), TextType.Transform(a, b, TransformSide.Left)));

    [Fact]
    public void Insert_after_an_earlier_insert_moves_right_by_its_code_points()
    {
        Assert.Equal(Parse("""[4,"!"]"""), TextType.Transform(Parse("""[2, "!"]"""), Parse("""["😀中"]"""), TransformSide.Left));
    }

    [Fact]
    public void Left_side_inserts_first_at_the_same_position()
    {
        var (viaA, viaB) = BothOrders("ab", Parse("""[1, "L"]"""), Parse("""[1, "R"]"""));
        Assert.Equal("aLRb", viaA);
        Assert.Equal("aLRb", viaB);
    }

    [Fact]
    public void Right_side_insert_goes_after_the_others_insert_at_the_same_position()
    {
        Assert.Equal(Parse("""[3,"R"]"""), TextType.Transform(Parse("""[1, "R"]"""), Parse("""[1, "LL"]"""), TransformSide.Right));
    }

    [Fact]
    public void Text_both_delete_is_deleted_once()
    {
        var mine = Parse("""[1, {"d": "bcd"}]""");
        var theirs = Parse("""[2, {"d": "cde"}]""");
        Assert.Equal(Parse("""[1,{"d":"b"}]"""), TextType.Transform(mine, theirs, TransformSide.Left));
        var (viaA, viaB) = BothOrders("abcdef", mine, theirs);
        Assert.Equal("af", viaA);
        Assert.Equal("af", viaB);
    }

    [Fact]
    public void Insert_inside_a_deleted_range_survives_the_delete()
    {
        var delete = Parse("""[{"d": "a😀c"}]""");
        var insert = Parse("""[2, "X"]""");
        Assert.Equal(Parse("""[{"d":"a😀"},1,{"d":"c"}]"""), TextType.Transform(delete, insert, TransformSide.Left));
        var (viaA, viaB) = BothOrders("a😀c", delete, insert);
        Assert.Equal("X", viaA);
        Assert.Equal("X", viaB);
    }

    [Fact]
    public void Delete_keeps_its_text_when_shifted_by_an_emoji_insert()
    {
        Assert.Equal(Parse("""[3,{"d":"é"}]"""), TextType.Transform(Parse("""[1, {"d": "é"}]"""), Parse("""["👍🏽"]"""), TransformSide.Right));
    }

    [Fact]
    public void Transform_against_the_identity_changes_nothing()
    {
        var op = Parse("""[2, "x", {"d": "yz"}]""");
        Assert.Equal(op, TextType.Transform(op, TextOp.Identity, TransformSide.Left));
    }

    [Fact]
    public void Malformed_other_op_is_refused()
    {
        Assert.Equal("op.malformed", Assert.Throws<InvalidOpException>(() => TextType.Transform(Parse("""["x"]"""), Parse("[0]"), TransformSide.Left)).Code);
    }
}
