namespace CoDraft.Core.Text;

/// <summary>
/// Builds an op in normal form while components are appended: no empty components, adjacent components of one kind
/// merged, and between two retains at most one insert followed by at most one delete. No trailing retain.
/// </summary>
internal sealed class OpBuilder
{
    private readonly List<OpComponent> _components = [];

    public void Append(OpComponent c)
    {
        switch (c.Kind)
        {
            case OpComponentKind.Retain:
                Retain(c.Count);
                break;
            case OpComponentKind.Insert:
                Insert(c.Text!);
                break;
            default:
                Delete(c.Count, c.Text);
                break;
        }
    }

    public void Retain(int count)
    {
        if (count <= 0)
        {
            return;
        }
        if (_components.Count > 0 && _components[^1].Kind == OpComponentKind.Retain)
        {
            _components[^1] = OpComponent.Retain(_components[^1].Count + count);
            return;
        }
        _components.Add(OpComponent.Retain(count));
    }

    public void Insert(string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        var last = _components.Count - 1;
        if (last >= 0 && _components[last].Kind == OpComponentKind.Delete)
        {
            // Inserting before or after a delete at one position gives the same document; inserts go first.
            if (last >= 1 && _components[last - 1].Kind == OpComponentKind.Insert)
            {
                _components[last - 1] = OpComponent.Insert(_components[last - 1].Text + text);
            }
            else
            {
                _components.Insert(last, OpComponent.Insert(text));
            }
            return;
        }
        if (last >= 0 && _components[last].Kind == OpComponentKind.Insert)
        {
            _components[last] = OpComponent.Insert(_components[last].Text + text);
            return;
        }
        _components.Add(OpComponent.Insert(text));
    }

    public void Delete(int count, string? text)
    {
        if (count <= 0)
        {
            return;
        }
        if (_components.Count > 0 && _components[^1].Kind == OpComponentKind.Delete)
        {
            var previous = _components[^1];
            _components[^1] = previous.Text is not null && text is not null
                ? new OpComponent(OpComponentKind.Delete, previous.Count + count, previous.Text + text)
                : OpComponent.DeleteCount(previous.Count + count);
            return;
        }
        _components.Add(new OpComponent(OpComponentKind.Delete, count, text));
    }

    public TextOp Build()
    {
        if (_components.Count > 0 && _components[^1].Kind == OpComponentKind.Retain)
        {
            _components.RemoveAt(_components.Count - 1);
        }
        return _components.Count == 0 ? TextOp.Identity : new TextOp(_components.ToArray());
    }
}
