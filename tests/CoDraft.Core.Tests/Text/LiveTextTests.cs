using CoDraft.Core.Text;
using static CoDraft.Core.Tests.Text.Ops;

namespace CoDraft.Core.Tests.Text;

public class LiveTextTests
{
    [Fact]
    public void New_buffer_holds_the_initial_text_and_counts_code_points()
    {
        var text = new LiveText("a😀中\u0301");
        Assert.Equal("a😀中\u0301", text.ToString());
        Assert.Equal(4, text.Length);
    }

    [Fact]
    public void Applying_an_op_changes_the_text_as_the_string_apply_does()
    {
        var doc = "Dear partners, 😀 we ask the EU to act.";
        var op = Parse("""[5, "dear ", {"d": "partners"}, "friends", 3, {"d": 1}, 4, "all "]""");
        var text = new LiveText(doc);
        text.Apply(op);
        Assert.Equal(TextType.Apply(doc, op), text.ToString());
    }

    [Fact]
    public void Slice_returns_code_points_across_chunk_boundaries()
    {
        var doc = string.Concat(Enumerable.Repeat("ab😀", 1000));
        var text = new LiveText(doc);
        Assert.Equal(string.Concat(Enumerable.Repeat("b😀a", 300)), text.Slice(1, 900));
    }

    [Fact]
    public void Refused_op_leaves_the_text_unchanged()
    {
        var text = new LiveText("hello world");
        var op = Parse("""["X", 6, {"d": "there"}]""");
        var error = Assert.Throws<InvalidOpException>(() => text.Apply(op));
        Assert.Equal("op.delete_mismatch", error.Code);
        Assert.Equal("hello world", text.ToString());
    }

    [Fact]
    public void Op_past_the_end_is_out_of_range_and_changes_nothing()
    {
        var text = new LiveText("ab😀");
        var error = Assert.Throws<InvalidOpException>(() => text.Apply(Parse("""["x", 2, {"d": 2}]""")));
        Assert.Equal("op.out_of_range", error.Code);
        Assert.Equal("ab😀", text.ToString());
    }

    [Fact]
    public void Resolve_fills_delete_texts_from_the_buffer()
    {
        var text = new LiveText("我们的联合声明");
        Assert.Equal(Parse("""[3, {"d": "联合"}]"""), text.Resolve(Parse("""[3, {"d": 2}]""")));
    }

    [Fact]
    public void Slice_outside_the_text_is_refused()
    {
        var text = new LiveText("abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Slice(2, 2));
    }

    [Fact]
    public void Typing_a_long_document_one_character_at_a_time_keeps_it_whole()
    {
        var text = new LiveText("");
        var expected = new System.Text.StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            var piece = i % 7 == 0 ? "😀" : ((char)('a' + i % 26)).ToString();
            var position = i % 3 == 0 ? 0 : text.Length;
            text.Apply(position == 0 ? new TextOp([OpComponent.Insert(piece)]) : new TextOp([OpComponent.Retain(position), OpComponent.Insert(piece)]));
            expected.Insert(position == 0 ? 0 : expected.Length, piece);
        }
        Assert.Equal(expected.ToString(), text.ToString());
    }
}
