using CoDraft.Core.Text;
using static CoDraft.Core.Tests.Text.Ops;

namespace CoDraft.Core.Tests.Text;

public class TextTypeNormalizeTests
{
    [Fact]
    public void Adjacent_components_of_one_kind_are_merged()
    {
        Assert.Equal(Parse("""[3,"ab",{"d":"xy"}]"""), TextType.Normalize(Parse("""[1, 2, "a", "b", {"d": "x"}, {"d": "y"}]""")));
    }

    [Fact]
    public void Trailing_retain_is_dropped()
    {
        Assert.Equal(Parse("""[2,"😀"]"""), TextType.Normalize(Parse("""[2, "😀", 10]""")));
    }

    [Fact]
    public void Insert_goes_before_a_delete_at_the_same_position()
    {
        Assert.Equal(Parse("""[1,"new",{"d":"old"}]"""), TextType.Normalize(Parse("""[1, {"d": "old"}, "new"]""")));
    }

    [Fact]
    public void Inserts_around_a_delete_are_joined_in_order()
    {
        Assert.Equal(Parse("""["ab",{"d":"x"}]"""), TextType.Normalize(Parse("""["a", {"d": "x"}, "b"]""")));
    }

    [Fact]
    public void Merging_a_known_delete_with_a_count_only_delete_keeps_only_the_count()
    {
        Assert.Equal(Parse("""[{"d":3}]"""), TextType.Normalize(Parse("""[{"d": "ab"}, {"d": 1}]""")));
    }

    [Fact]
    public void Op_of_only_retains_becomes_the_identity()
    {
        Assert.Equal(TextOp.Identity, TextType.Normalize(Parse("[4, 2]")));
    }

    [Fact]
    public void Malformed_op_is_refused()
    {
        Assert.Equal("op.malformed", Assert.Throws<InvalidOpException>(() => TextType.Normalize(Parse("[0]"))).Code);
    }
}
