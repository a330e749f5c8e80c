using System.Text.Json;
using CoDraft.Core.Text;
using CsCheck;

namespace CoDraft.Core.Tests.Text;

/// <summary>
/// The fast path of <see cref="TextType.Transform"/> and <see cref="TextType.TransformAgainst"/> (single edits moved by
/// position arithmetic, normal ops not copied) must give exactly what the general algorithm gives, op for op: the
/// server's commit path uses it and the TypeScript client transforms with the general algorithm.
/// </summary>
public class TransformFastPathTests
{
    /// <summary>Either one edit at one position (what the fast path takes) or any op, half and half.</summary>
    private static readonly Gen<OpGen.Step[]> EditOrAnyOp = Gen.Bool.SelectMany(single => single
        ? Gen.Select(Gen.Int[0, 16], OpGen.Text, Gen.Int[0, 4], Gen.Bool, (position, text, deleted, keep) =>
            new[] { new OpGen.Step(0, position, "", false), new OpGen.Step(2, 0, text, false), new OpGen.Step(1, deleted, "", keep) })
        : OpGen.Steps);

    [Fact]
    public void Transform_gives_what_the_general_algorithm_gives()
    {
        Fuzz.Run(Gen.Select(OpGen.Document, EditOrAnyOp, EditOrAnyOp, Gen.Bool), c =>
        {
            var (doc, stepsA, stepsB, left) = c;
            var side = left ? TransformSide.Left : TransformSide.Right;
            var rawA = OpGen.Fit(doc, stepsA);
            var rawB = OpGen.Fit(doc, stepsB);
            var a = TextType.Normalize(rawA);
            var b = TextType.Normalize(rawB);
            Assert.Equal(TextType.TransformChecked(a, b, side), TextType.Transform(a, b, side));
            Assert.Equal(TextType.TransformChecked(b, a, side), TextType.Transform(b, a, side));
            Assert.Equal(TextType.TransformChecked(rawA, rawB, side), TextType.Transform(rawA, rawB, side));
        }, seed: 11);
    }

    [Fact]
    public void Transforming_against_a_run_of_ops_gives_what_transforming_one_by_one_gives()
    {
        Fuzz.Run(Gen.Select(OpGen.Document, EditOrAnyOp, EditOrAnyOp.Array[0, 6], Gen.Bool), c =>
        {
            var (doc, mySteps, theirSteps, left) = c;
            var side = left ? TransformSide.Left : TransformSide.Right;
            var mine = OpGen.Fit(doc, mySteps);
            // Their ops follow each other, each made on the document the one before it produced, as committed ops do.
            var theirs = new List<TextOp>();
            var current = doc;
            foreach (var steps in theirSteps)
            {
                var op = TextType.Resolve(current, OpGen.Fit(current, steps));
                theirs.Add(op);
                current = TextType.Apply(current, op);
            }
            var expected = mine;
            foreach (var other in theirs)
            {
                expected = TextType.TransformChecked(TextType.Normalize(expected), other, side);
            }
            Assert.Equal(expected, TextType.TransformAgainst(mine, theirs, side));
            // The server's path, which trusts its committed history and checks only the submission, agrees.
            Assert.Equal(expected, TextType.TransformAgainstCommitted(mine, theirs, side));
        }, seed: 12);
    }

    [Fact]
    public void Most_random_edit_pairs_take_the_fast_path()
    {
        var taken = 0;
        Fuzz.Run(Gen.Select(OpGen.Document, EditOrAnyOp, EditOrAnyOp, Gen.Bool), c =>
        {
            var (doc, stepsA, stepsB, left) = c;
            var a = TextType.Normalize(OpGen.Fit(doc, stepsA));
            var b = TextType.Normalize(OpGen.Fit(doc, stepsB));
            if (SingleEdit.TryRead(a, out var mine) && SingleEdit.TryRead(b, out var theirs)
                && mine.TryTransform(theirs, left ? TransformSide.Left : TransformSide.Right, out _))
            {
                taken++;
            }
        }, seed: 13);
        // A quarter of the pairs are two single edits; most of those must not fall back to the general algorithm.
        Assert.True(taken > Fuzz.Cases / 5, $"only {taken} of {Fuzz.Cases} pairs took the fast path");
    }

    [Fact]
    public void Normal_form_is_what_the_builder_makes_of_the_op()
    {
        Fuzz.Run(Gen.Select(OpGen.Document, OpGen.Steps), c =>
        {
            var (doc, steps) = c;
            var op = OpGen.Fit(doc, steps);
            var builder = new OpBuilder();
            foreach (var component in op.Components)
            {
                builder.Append(component);
            }
            var built = builder.Build();
            Assert.Equal(built, TextType.Normalize(op));
            Assert.Equal(built, TextType.Normalize(built));
        }, seed: 14);
    }

    [Fact]
    public void Shared_vectors_give_the_same_op_on_both_paths()
    {
        var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(VectorDirectory(), "transform.json"))).RootElement;
        Assert.True(cases.GetArrayLength() > 0);
        foreach (var v in cases.EnumerateArray())
        {
            var side = v.GetProperty("side").GetString() == "left" ? TransformSide.Left : TransformSide.Right;
            var op = v.GetProperty("op").Deserialize<TextOp>()!;
            var other = v.GetProperty("other").Deserialize<TextOp>()!;
            var general = TextType.TransformChecked(op, other, side);
            Assert.Equal(v.GetProperty("expected").Deserialize<TextOp>(), general);
            Assert.Equal(general, TextType.Transform(op, other, side));
            Assert.Equal(general, TextType.TransformAgainst(op, [other], side));
        }
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

    [Fact]
    public void The_servers_path_still_refuses_a_malformed_submission()
    {
        var committed = new[] { Ops.Parse("""[3, "abc"]""") };

        var error = Assert.Throws<InvalidOpException>(() =>
            TextType.TransformAgainstCommitted(Ops.Parse("""[2, {"d": 0}]"""), committed, TransformSide.Right));

        Assert.StartsWith("op.", error.Code, StringComparison.Ordinal);
    }
}
