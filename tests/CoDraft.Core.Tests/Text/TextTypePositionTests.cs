using CoDraft.Core.Text;
using static CoDraft.Core.Tests.Text.Ops;

namespace CoDraft.Core.Tests.Text;

public class TextTypePositionTests
{
    [Fact]
    public void Insert_before_a_position_pushes_it_right_by_code_points()
    {
        Assert.Equal(6, TextType.TransformPosition(4, Parse("""[1, "😀😀"]"""), PositionBias.Before));
    }

    [Fact]
    public void Insert_after_a_position_leaves_it()
    {
        Assert.Equal(2, TextType.TransformPosition(2, Parse("""[3, "x"]"""), PositionBias.After));
    }

    [Fact]
    public void Insert_exactly_at_a_position_follows_the_bias()
    {
        var op = Parse("""[2, "abc"]""");
        Assert.Equal(2, TextType.TransformPosition(2, op, PositionBias.Before));
        Assert.Equal(5, TextType.TransformPosition(2, op, PositionBias.After));
    }

    [Fact]
    public void Position_inside_a_deleted_range_moves_to_its_start()
    {
        Assert.Equal(1, TextType.TransformPosition(3, Parse("""[1, {"d": 4}]"""), PositionBias.Before));
    }

    [Fact]
    public void Delete_before_a_position_pulls_it_left()
    {
        Assert.Equal(3, TextType.TransformPosition(5, Parse("""[{"d": "中文"}]"""), PositionBias.Before));
    }

    [Fact]
    public void Text_typed_at_a_selections_edges_stays_outside_it()
    {
        var op = Parse("""[2, "<", 3, ">"]""");
        Assert.Equal(new Selection(3, 6), TextType.TransformSelection(new Selection(2, 5), op));
        Assert.Equal(new Selection(6, 3), TextType.TransformSelection(new Selection(5, 2), op));
    }

    [Fact]
    public void Someone_elses_cursor_stays_before_text_typed_at_it()
    {
        Assert.Equal(new Selection(2, 2), TextType.TransformSelection(new Selection(2, 2), Parse("""[2, "x"]""")));
    }

    [Fact]
    public void Selection_whose_text_is_deleted_collapses()
    {
        Assert.Equal(new Selection(1, 1), TextType.TransformSelection(new Selection(2, 4), Parse("""[1, {"d": "bcde"}]""")));
    }
}
