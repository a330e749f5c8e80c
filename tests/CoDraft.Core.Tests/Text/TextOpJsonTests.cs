using System.Text.Json;
using CoDraft.Core.Text;

namespace CoDraft.Core.Tests.Text;

public sealed class TextOpJsonTests
{
    private sealed record Envelope(TextOp Op, int After);

    [Theory]
    [InlineData("[5, \"hi\", {\"d\": \"old\"}]")]
    [InlineData("[{\"d\": 3}, \"😀\"]")]
    [InlineData("[]")]
    public void A_well_formed_op_reads_and_writes_back_the_same(string json)
    {
        var op = JsonSerializer.Deserialize<TextOp>(json)!;

        TextType.Check(op);
        Assert.Equal(op, JsonSerializer.Deserialize<TextOp>(JsonSerializer.Serialize(op)));
        Assert.Equal(json.Count(c => c == ',') + (json == "[]" ? 0 : 1), op.Components.Count);
    }

    [Theory]
    [InlineData("{\"retain\": 5}", "op.malformed")]
    [InlineData("\"insert\"", "op.malformed")]
    [InlineData("[true]", "op.malformed")]
    [InlineData("[1.5]", "op.malformed")]
    [InlineData("[99999999999]", "op.malformed")]
    [InlineData("[[1, 2]]", "op.malformed")]
    [InlineData("[{\"x\": 1}]", "op.malformed")]
    [InlineData("[{\"d\": true}]", "op.malformed")]
    [InlineData("[{}]", "op.malformed")]
    [InlineData("[{\"d\": 1, \"d\": 2}]", "op.malformed")]
    [InlineData("[\"a\\ud800b\"]", "op.invalid_text")]
    [InlineData("[{\"d\": \"\\udc00\"}]", "op.invalid_text")]
    [InlineData("[-3]", "op.malformed")]
    public void Input_that_is_not_an_op_is_refused_with_a_stable_code_when_checked(string json, string code)
    {
        var op = JsonSerializer.Deserialize<TextOp>(json)!;

        var error = Assert.Throws<InvalidOpException>(() => TextType.Check(op));
        Assert.Equal(code, error.Code);
        Assert.Throws<InvalidOpException>(() => TextType.Apply("some text", op));
    }

    [Fact]
    public void Reading_goes_on_correctly_after_an_unreadable_op()
    {
        var envelope = JsonSerializer.Deserialize<Envelope>("{\"op\": [true, {\"x\": [1, {\"y\": 2}]}, \"z\"], \"after\": 7}", new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.Equal(7, envelope.After);
        Assert.Throws<InvalidOpException>(() => TextType.Check(envelope.Op));
    }
}
