using System.Text.Json;
using CoDraft.Core.Text;

namespace CoDraft.Core.Tests.Text;

/// <summary>The store reads ops with <see cref="TextOpJsonConverter.Parse"/>; it must read what the serializer reads.</summary>
public class TextOpParseTests
{
    [Theory]
    [InlineData("""[5,"hi",{"d":"old"}]""")]
    [InlineData("""["😀中",{"d":3}]""")]
    [InlineData("""[]""")]
    [InlineData("""[2, "a\u0301", 4, {"d": "👍🏽"}]""")]
    public void Parse_reads_the_op_the_serializer_reads(string json)
    {
        Assert.Equal(JsonSerializer.Deserialize<TextOp>(json), TextOpJsonConverter.Parse(json));
    }

    [Fact]
    public void Parsing_text_that_is_not_an_op_gives_an_op_every_call_refuses()
    {
        var op = TextOpJsonConverter.Parse("""{"retain": 3}""");
        Assert.Equal(InvalidOpException.Malformed, Assert.Throws<InvalidOpException>(() => TextType.Check(op)).Code);
    }

    [Fact]
    public void Parsing_text_that_goes_on_after_the_op_fails()
    {
        Assert.ThrowsAny<JsonException>(() => TextOpJsonConverter.Parse("""[1,"a"] [2]"""));
    }
}
