namespace CoDraft.Core.Text;

/// <summary>
/// Reads an op's components front to back, handing out pieces of a given number of code points.
/// Past the last component the op retains for ever, as every op implicitly does.
/// </summary>
internal sealed class ComponentReader(TextOp op)
{
    private readonly IReadOnlyList<OpComponent> _components = op.Components;
    private int _index;
    private int _taken;
    private int _textOffset;

    public bool AtEnd => _index >= _components.Count;

    public OpComponentKind Kind => AtEnd ? OpComponentKind.Retain : _components[_index].Kind;

    /// <summary>Code points left in the current component; unbounded past the end.</summary>
    public int Remaining => AtEnd ? int.MaxValue : _components[_index].Count - _taken;

    public OpComponent Take(int maxCount)
    {
        if (AtEnd)
        {
            return OpComponent.Retain(maxCount);
        }
        var c = _components[_index];
        var count = Math.Min(maxCount, c.Count - _taken);
        OpComponent piece;
        if (c.Text is null)
        {
            piece = new OpComponent(c.Kind, count, null);
        }
        else
        {
            CodePoints.TryAdvance(c.Text, _textOffset, count, out var end);
            piece = new OpComponent(c.Kind, count, c.Text[_textOffset..end]);
            _textOffset = end;
        }
        _taken += count;
        if (_taken == c.Count)
        {
            _index++;
            _taken = 0;
            _textOffset = 0;
        }
        return piece;
    }

    public OpComponent TakeAll() => Take(Remaining);
}
