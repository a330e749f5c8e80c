using CoDraft.Core.Text;
using static CoDraft.Core.Tests.Text.Ops;

namespace CoDraft.Core.Tests.Text;

public class TextTypeCheckTests
{
    [Theory]
    [InlineData("""[0, "x"]""")]
    [InlineData("""[-1, "x"]""")]
    [InlineData("""[""]""")]
    [InlineData("""[{"d": 0}]""")]
    [InlineData("""[{"d": ""}]""")]
    public void Empty_or_negative_components_are_malformed(string json)
    {
        var error = Assert.Throws<InvalidOpException>(() => TextType.Check(Parse(json)));
        Assert.Equal("op.malformed", error.Code);
    }

    [Fact]
    public void Insert_with_a_lone_surrogate_is_invalid_text()
    {
        var op = new TextOp([OpComponent.Insert("a\uD83D")]);
        var error = Assert.Throws<InvalidOpException>(() => TextType.Check(op));
        Assert.Equal("op.invalid_text", error.Code);
    }

    [Fact]
    public void Delete_with_a_lone_low_surrogate_is_invalid_text()
    {
        var op = new TextOp([OpComponent.Retain(1), OpComponent.Delete("\uDE00b")]);
        var error = Assert.Throws<InvalidOpException>(() => TextType.Check(op));
        Assert.Equal("op.invalid_text", error.Code);
    }

    [Fact]
    public void Count_that_disagrees_with_the_text_is_malformed()
    {
        // Two UTF-16 units but one code point: a client that counted UTF-16 units.
        var op = new TextOp([new OpComponent(OpComponentKind.Insert, 2, "😀")]);
        var error = Assert.Throws<InvalidOpException>(() => TextType.Check(op));
        Assert.Equal("op.malformed", error.Code);
    }

    [Fact]
    public void Insert_without_text_is_malformed()
    {
        var op = new TextOp([new OpComponent(OpComponentKind.Insert, 1, null)]);
        Assert.Equal("op.malformed", Assert.Throws<InvalidOpException>(() => TextType.Check(op)).Code);
    }

    [Fact]
    public void Unknown_component_kind_is_malformed()
    {
        var op = new TextOp([new OpComponent((OpComponentKind)7, 1, null)]);
        Assert.Equal("op.malformed", Assert.Throws<InvalidOpException>(() => TextType.Check(op)).Code);
    }

    [Fact]
    public void Op_reaching_past_any_possible_document_is_malformed()
    {
        var op = new TextOp([OpComponent.Retain(int.MaxValue), OpComponent.DeleteCount(1)]);
        Assert.Equal("op.malformed", Assert.Throws<InvalidOpException>(() => TextType.Check(op)).Code);
    }

    [Fact]
    public void Well_formed_op_with_emoji_and_count_only_delete_passes()
    {
        TextType.Check(Parse("""[3, "👩‍👩‍👧", {"d": 2}, 1, {"d": "é"}]"""));
    }

    [Fact]
    public void Base_length_counts_retains_and_deletes_in_code_points()
    {
        Assert.Equal(5, TextType.BaseLength(Parse("""[3, "xyz", {"d": "😀😀"}]""")));
    }

    [Fact]
    public void Length_change_is_inserted_minus_deleted_code_points()
    {
        Assert.Equal(-1, TextType.LengthChange(Parse("""[3, "😀", {"d": "ab"}]""")));
    }
}
