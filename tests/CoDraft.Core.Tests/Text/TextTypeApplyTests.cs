using CoDraft.Core.Text;
using static CoDraft.Core.Tests.Text.Ops;

namespace CoDraft.Core.Tests.Text;

public class TextTypeApplyTests
{
    [Fact]
    public void Insert_after_a_retain_lands_at_that_code_point()
    {
        Assert.Equal("Dear all, hello", TextType.Apply("Dear hello", Parse("""[5, "all, "]""")));
    }

    [Fact]
    public void Positions_count_an_emoji_as_one_code_point()
    {
        Assert.Equal("😀x😀", TextType.Apply("😀😀", Parse("""[1, "x"]""")));
    }

    [Fact]
    public void Delete_with_matching_text_removes_it()
    {
        Assert.Equal("我们的声明", TextType.Apply("我们的联合声明", Parse("""[3, {"d": "联合"}]""")));
    }

    [Fact]
    public void Delete_with_only_a_count_removes_that_many_code_points()
    {
        Assert.Equal("a", TextType.Apply("a🎉🎉", Parse("""[1, {"d": 2}]""")));
    }

    [Fact]
    public void Combining_mark_at_the_end_is_its_own_code_point()
    {
        // "é" written as e + U+0301: deleting the last code point leaves the bare e.
        Assert.Equal("cafe", TextType.Apply("cafe\u0301", Parse("""[4, {"d": 1}]""")));
    }

    [Fact]
    public void Text_the_op_does_not_reach_is_kept()
    {
        Assert.Equal("Xabc", TextType.Apply("abc", Parse("""["X"]""")));
    }

    [Fact]
    public void Retain_past_the_end_is_out_of_range()
    {
        var error = Assert.Throws<InvalidOpException>(() => TextType.Apply("😀ab", Parse("""[4, "x"]""")));
        Assert.Equal("op.out_of_range", error.Code);
    }

    [Fact]
    public void Delete_past_the_end_is_out_of_range()
    {
        var error = Assert.Throws<InvalidOpException>(() => TextType.Apply("ab", Parse("""[1, {"d": 2}]""")));
        Assert.Equal("op.out_of_range", error.Code);
    }

    [Fact]
    public void Delete_of_other_text_than_the_documents_is_a_mismatch()
    {
        var error = Assert.Throws<InvalidOpException>(() => TextType.Apply("hello", Parse("""[{"d": "help"}]""")));
        Assert.Equal("op.delete_mismatch", error.Code);
    }

    [Fact]
    public void Empty_op_leaves_the_document_as_it_was()
    {
        Assert.Equal("same", TextType.Apply("same", TextOp.Identity));
    }
}
