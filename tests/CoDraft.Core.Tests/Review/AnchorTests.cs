using CoDraft.Core.Review;
using CoDraft.Core.Text;

namespace CoDraft.Core.Tests.Review;

public sealed class AnchorTests
{
    private const string Text = "We call on the EU to protect children online.";

    private static TextOp Op(params OpComponent[] components) => new(components);

    [Fact]
    public void An_anchor_quotes_the_text_it_was_made_on()
    {
        var anchor = Anchor.On(Text, 15, 17);

        Assert.Equal("EU", anchor.Quote);
        Assert.True(anchor.StillQuotes(Text));
    }

    [Fact]
    public void Text_inserted_before_an_anchor_moves_it()
    {
        var anchor = Anchor.On(Text, 15, 17);
        var op = Op(OpComponent.Retain(3), OpComponent.Insert("urgently "));

        var moved = anchor.Transform(op);

        Assert.Equal((24, 26), (moved.Start, moved.End));
        Assert.True(moved.StillQuotes(TextType.Apply(Text, op)));
    }

    [Fact]
    public void Text_typed_at_the_edges_stays_outside_and_inside_joins()
    {
        var anchor = Anchor.On(Text, 15, 17);

        var atStart = anchor.Transform(Op(OpComponent.Retain(15), OpComponent.Insert("the ")));
        var atEnd = anchor.Transform(Op(OpComponent.Retain(17), OpComponent.Insert(" Commission")));
        var inside = anchor.Transform(Op(OpComponent.Retain(16), OpComponent.Insert("-")));

        Assert.Equal((19, 21), (atStart.Start, atStart.End));
        Assert.Equal((15, 17), (atEnd.Start, atEnd.End));
        Assert.Equal((15, 18), (inside.Start, inside.End));
        Assert.False(inside.StillQuotes(TextType.Apply(Text, Op(OpComponent.Retain(16), OpComponent.Insert("-")))));
    }

    [Fact]
    public void Deleting_all_of_an_anchors_text_orphans_it_and_keeps_its_quote()
    {
        var anchor = Anchor.On(Text, 21, 28);
        var deleteProtect = Op(OpComponent.Retain(18), OpComponent.Delete("to protect "));

        var orphaned = anchor.Transform(deleteProtect);
        var later = orphaned.Transform(Op(OpComponent.Insert("Dear Commission, ")));

        Assert.True(orphaned.Orphaned);
        Assert.Equal("protect", orphaned.Quote);
        Assert.Equal(orphaned, later);
        Assert.False(orphaned.StillQuotes(TextType.Apply(Text, deleteProtect)));
    }

    [Fact]
    public void Deleting_part_of_an_anchors_text_shrinks_it()
    {
        var anchor = Anchor.On(Text, 21, 37);

        var shrunk = anchor.Transform(Op(OpComponent.Retain(28), OpComponent.Delete(" children")));

        Assert.Equal("protect children", anchor.Quote);
        Assert.False(shrunk.Orphaned);
        Assert.Equal((21, 28), (shrunk.Start, shrunk.End));
    }

    [Fact]
    public void Positions_count_code_points_so_emoji_before_an_anchor_move_it_by_one()
    {
        var text = "🌍 We call on the EU";
        var anchor = Anchor.On(text, 17, 19);

        var moved = anchor.Transform(Op(OpComponent.Insert("🇪🇺")));

        Assert.Equal("EU", anchor.Quote);
        Assert.Equal((19, 21), (moved.Start, moved.End));
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(6, 5)]
    [InlineData(-1, 3)]
    [InlineData(40, 99)]
    public void An_anchor_needs_a_non_empty_range_inside_the_text(int start, int end) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Anchor.On(Text, start, end));
}
