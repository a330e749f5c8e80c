using CoDraft.Core.Text;
using static CoDraft.Core.Tests.Text.Ops;

namespace CoDraft.Core.Tests.Text;

/// <summary>Cases the fuzz tests found, kept by name.</summary>
public class TextTypeRegressionTests
{
    [Fact]
    public void Position_inside_a_replaced_range_ends_after_the_replacement_whatever_the_component_order()
    {
        // Found by Transformed_position_is_where_text_typed_there_ends_up: a delete written before its insert
        // counted the insert as typed at the end of the deleted range, where Transform counts it at the start.
        var deleteThenInsert = Parse("""[{"d": "a b"}, "中文"]""");
        var insertThenDelete = Parse("""["中文", {"d": "a b"}]""");
        Assert.Equal(2, TextType.TransformPosition(3, deleteThenInsert, PositionBias.Before));
        Assert.Equal(2, TextType.TransformPosition(3, insertThenDelete, PositionBias.Before));
    }
}
