using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CoDraft.Core.Text;

namespace CoDraft.Bench;

/// <summary>
/// Writes the shared test vectors in tests/vectors/ (format in tests/vectors/README.md) from the C# text type.
/// Run once and commit the files; the C# and TypeScript tests then both check their implementation against them.
/// </summary>
internal static class VectorWriter
{
    private const int RandomCasesPerFile = 200;

    private const int Seed = 20240601;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run()
    {
        var directory = Path.Combine(RepoPaths.Root(), "tests", "vectors");
        Directory.CreateDirectory(directory);
        var random = new RandomOps(Seed);
        Write(Path.Combine(directory, "apply.json"), ApplyCases(random));
        Write(Path.Combine(directory, "transform.json"), TransformCases(random));
        Write(Path.Combine(directory, "compose.json"), ComposeCases(random));
        Write(Path.Combine(directory, "invert.json"), InvertCases(random));
        Write(Path.Combine(directory, "position.json"), PositionCases(random));
        Console.WriteLine($"Vectors written to {directory}");
        return 0;
    }

    // One case per line, so that a regenerated file diffs case by case.
    private static void Write(string path, IEnumerable<string> cases) =>
        File.WriteAllText(path, "[\n" + string.Join(",\n", cases) + "\n]\n");

    private static string Case(Action<Utf8JsonWriter> fields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            fields(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static IEnumerable<string> ApplyCases(RandomOps random)
    {
        yield return ApplyError("ab😀", """[4, "x"]""");
        yield return ApplyError("ab", """[1, {"d": 2}]""");
        yield return ApplyError("hello", """[{"d": "help"}]""");
        yield return ApplyError("abc", """[0, "x"]""");
        yield return ApplyError("abc", """[""]""");
        for (var i = 0; i < RandomCasesPerFile; i++)
        {
            var doc = random.Text(12);
            var op = random.Op(doc, countOnlyDeletes: random.Next(4) == 0);
            yield return Case(w =>
            {
                w.WriteString("doc", doc);
                WriteOp(w, "op", op);
                w.WriteString("expected", TextType.Apply(doc, op));
            });
        }
    }

    private static string ApplyError(string doc, string opJson)
    {
        var op = JsonSerializer.Deserialize<TextOp>(opJson)!;
        var code = ErrorCode(() => TextType.Apply(doc, op));
        return Case(w =>
        {
            w.WriteString("doc", doc);
            WriteOp(w, "op", op);
            w.WriteString("error", code);
        });
    }

    private static IEnumerable<string> TransformCases(RandomOps random)
    {
        for (var i = 0; i < RandomCasesPerFile; i++)
        {
            var doc = random.Text(12);
            var op = random.Op(doc, countOnlyDeletes: false);
            var other = random.Op(doc, countOnlyDeletes: false);
            foreach (var side in new[] { TransformSide.Left, TransformSide.Right })
            {
                yield return Case(w =>
                {
                    w.WriteString("doc", doc);
                    WriteOp(w, "op", op);
                    WriteOp(w, "other", other);
                    w.WriteString("side", side == TransformSide.Left ? "left" : "right");
                    WriteOp(w, "expected", TextType.Transform(op, other, side));
                });
            }
        }
    }

    private static IEnumerable<string> ComposeCases(RandomOps random)
    {
        for (var i = 0; i < RandomCasesPerFile; i++)
        {
            var doc = random.Text(12);
            var op = random.Op(doc, countOnlyDeletes: false);
            var other = random.Op(TextType.Apply(doc, op), countOnlyDeletes: false);
            yield return Case(w =>
            {
                w.WriteString("doc", doc);
                WriteOp(w, "op", op);
                WriteOp(w, "other", other);
                WriteOp(w, "expected", TextType.Compose(op, other));
            });
        }
    }

    private static IEnumerable<string> InvertCases(RandomOps random)
    {
        for (var i = 0; i < RandomCasesPerFile; i++)
        {
            var doc = random.Text(12);
            var op = random.Op(doc, countOnlyDeletes: false);
            yield return Case(w =>
            {
                w.WriteString("doc", doc);
                WriteOp(w, "op", op);
                WriteOp(w, "expected", TextType.Invert(op));
            });
        }
    }

    private static IEnumerable<string> PositionCases(RandomOps random)
    {
        for (var i = 0; i < RandomCasesPerFile; i++)
        {
            var doc = random.Text(12);
            var op = random.Op(doc, countOnlyDeletes: random.Next(2) == 0);
            var position = random.Next(CodePoints.Count(doc) + 1);
            foreach (var bias in new[] { PositionBias.Before, PositionBias.After })
            {
                yield return Case(w =>
                {
                    w.WriteString("doc", doc);
                    WriteOp(w, "op", op);
                    w.WriteNumber("position", position);
                    w.WriteString("bias", bias == PositionBias.Before ? "before" : "after");
                    w.WriteNumber("expected", TextType.TransformPosition(position, op, bias));
                });
            }
        }
    }

    private static void WriteOp(Utf8JsonWriter w, string name, TextOp op)
    {
        w.WritePropertyName(name);
        JsonSerializer.Serialize(w, op);
    }

    private static string ErrorCode(Action apply)
    {
        try
        {
            apply();
        }
        catch (InvalidOpException error)
        {
            return error.Code;
        }
        throw new InvalidOperationException("An error vector did not fail.");
    }
}
