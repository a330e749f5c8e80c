using System.Text.Json;
using CoDraft.Core.Text;

namespace CoDraft.Core.Tests.Text;

/// <summary>
/// Runs the vectors in tests/vectors/ that the TypeScript client runs too, so both sides agree op for op.
/// </summary>
public class SharedVectorTests
{
    [Fact]
    public void Apply_gives_the_expected_text_or_error_code()
    {
        foreach (var (index, v) in Cases("apply.json"))
        {
            var doc = v.GetProperty("doc").GetString()!;
            var op = Op(v, "op");
            if (v.TryGetProperty("error", out var error))
            {
                var thrown = Assert.Throws<InvalidOpException>(() => TextType.Apply(doc, op));
                Assert.True(error.GetString() == thrown.Code, $"apply.json case {index}: {thrown.Code}");
            }
            else
            {
                Assert.True(v.GetProperty("expected").GetString() == TextType.Apply(doc, op), $"apply.json case {index}");
            }
        }
    }

    [Fact]
    public void Transform_gives_the_expected_op()
    {
        foreach (var (index, v) in Cases("transform.json"))
        {
            var side = v.GetProperty("side").GetString() == "left" ? TransformSide.Left : TransformSide.Right;
            var actual = TextType.Transform(Op(v, "op"), Op(v, "other"), side);
            Assert.True(Op(v, "expected").Equals(actual), $"transform.json case {index}: {actual}");
        }
    }

    [Fact]
    public void Compose_gives_the_expected_op()
    {
        foreach (var (index, v) in Cases("compose.json"))
        {
            var actual = TextType.Compose(Op(v, "op"), Op(v, "other"));
            Assert.True(Op(v, "expected").Equals(actual), $"compose.json case {index}: {actual}");
        }
    }

    [Fact]
    public void Invert_gives_the_expected_op()
    {
        foreach (var (index, v) in Cases("invert.json"))
        {
            var actual = TextType.Invert(Op(v, "op"));
            Assert.True(Op(v, "expected").Equals(actual), $"invert.json case {index}: {actual}");
        }
    }

    [Fact]
    public void Transform_position_gives_the_expected_position()
    {
        foreach (var (index, v) in Cases("position.json"))
        {
            var bias = v.GetProperty("bias").GetString() == "before" ? PositionBias.Before : PositionBias.After;
            var actual = TextType.TransformPosition(v.GetProperty("position").GetInt32(), Op(v, "op"), bias);
            Assert.True(v.GetProperty("expected").GetInt32() == actual, $"position.json case {index}: {actual}");
        }
    }

    private static TextOp Op(JsonElement vector, string name) => vector.GetProperty(name).Deserialize<TextOp>()!;

    private static IEnumerable<(int Index, JsonElement Vector)> Cases(string file)
    {
        var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(VectorDirectory(), file))).RootElement;
        Assert.True(cases.GetArrayLength() > 0, $"{file} has no cases");
        return cases.EnumerateArray().Select((v, i) => (i, v));
    }

    private static string VectorDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoDraft.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "vectors");
            }
        }
        throw new InvalidOperationException("CoDraft.sln not found above the test's directory.");
    }
}
