using CoDraft.Core.Text;
using CsCheck;

namespace CoDraft.Core.Tests.Text;

public class TextTypeFuzzTests
{
    private const string Marker = "\uE000";

    [Fact]
    public void Concurrent_ops_converge_whichever_is_applied_first()
    {
        Fuzz.Run(Gen.Select(OpGen.Document, OpGen.Steps, OpGen.Steps), c =>
        {
            var (doc, stepsA, stepsB) = c;
            var a = OpGen.Fit(doc, stepsA);
            var b = OpGen.Fit(doc, stepsB);
            var viaA = TextType.Apply(TextType.Apply(doc, a), TextType.Transform(b, a, TransformSide.Right));
            var viaB = TextType.Apply(TextType.Apply(doc, b), TextType.Transform(a, b, TransformSide.Left));
            Assert.Equal(viaA, viaB);
        }, seed: 1);
    }

    [Fact]
    public void Composed_op_does_what_the_two_ops_do_in_turn()
    {
        Fuzz.Run(Gen.Select(OpGen.Document, OpGen.Steps, OpGen.Steps), c =>
        {
            var (doc, stepsA, stepsB) = c;
            var a = OpGen.Fit(doc, stepsA);
            var middle = TextType.Apply(doc, a);
            var b = OpGen.Fit(middle, stepsB);
            Assert.Equal(TextType.Apply(middle, b), TextType.Apply(doc, TextType.Compose(a, b)));
        }, seed: 2);
    }

    [Fact]
    public void Inverse_of_a_resolved_op_restores_the_document()
    {
        Fuzz.Run(Gen.Select(OpGen.Document, OpGen.Steps), c =>
        {
            var (doc, steps) = c;
            var op = TextType.Resolve(doc, OpGen.Fit(doc, steps));
            Assert.Equal(doc, TextType.Apply(TextType.Apply(doc, op), TextType.Invert(op)));
        }, seed: 3);
    }

    [Fact]
    public void Transformed_position_is_where_text_typed_there_ends_up()
    {
        Fuzz.Run(Gen.Select(OpGen.Document, OpGen.Steps, Gen.Int[0, 16], Gen.Bool), c =>
        {
            var (doc, steps, wanted, after) = c;
            var position = Math.Min(wanted, CodePoints.Count(doc));
            var op = OpGen.Fit(doc, steps);
            var marker = position == 0
                ? new TextOp([OpComponent.Insert(Marker)])
                : new TextOp([OpComponent.Retain(position), OpComponent.Insert(Marker)]);
            var side = after ? TransformSide.Right : TransformSide.Left;
            var bias = after ? PositionBias.After : PositionBias.Before;
            var result = TextType.Apply(TextType.Apply(doc, op), TextType.Transform(marker, op, side));
            var markerAt = CodePoints.FromUtf16Index(result, result.IndexOf(Marker, StringComparison.Ordinal));
            Assert.Equal(markerAt, TextType.TransformPosition(position, op, bias));
        }, seed: 4);
    }

    [Fact]
    public void Normalizing_is_idempotent_and_keeps_the_effect()
    {
        Fuzz.Run(Gen.Select(OpGen.Document, OpGen.Steps), c =>
        {
            var (doc, steps) = c;
            var op = OpGen.Fit(doc, steps);
            var normal = TextType.Normalize(op);
            Assert.Equal(normal, TextType.Normalize(normal));
            Assert.Equal(TextType.Apply(doc, op), TextType.Apply(doc, normal));
        }, seed: 5);
    }

    [Fact]
    public void Diff_op_turns_one_text_into_the_other_in_normal_form()
    {
        Fuzz.Run(Gen.Select(OpGen.Document, OpGen.Document), c =>
        {
            var (before, after) = c;
            var op = TextDiff.ToOp(before, after);
            Assert.Equal(after, TextType.Apply(before, op));
            Assert.Equal(op, TextType.Normalize(op));
        }, seed: 6);
    }
}
