using CoDraft.Core.Text;
using MessagePack;
using MessagePack.Formatters;

namespace CoDraft.Server.Hubs.MessagePack;

/// <summary>
/// An op in MessagePack, shaped as in JSON (docs/protocol.md, "Op format"): an array in which an integer is a retain,
/// a string an insert and a one-entry map <c>{"d": text}</c> or <c>{"d": n}</c> a delete. Input that is not an op
/// does not throw: it becomes an op that every call refuses with <c>op.malformed</c>, as unreadable JSON does.
/// </summary>
public sealed class TextOpMessagePackFormatter : IMessagePackFormatter<TextOp?>
{
    private const string ComponentShape = "An op component must be a whole number, a string or {\"d\": \"text\"} or {\"d\": n}.";

    /// <inheritdoc />
    public void Serialize(ref MessagePackWriter writer, TextOp? value, MessagePackSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNil();
            return;
        }
        var components = value.Components;
        writer.WriteArrayHeader(components.Count);
        for (var i = 0; i < components.Count; i++)
        {
            var c = components[i];
            switch (c.Kind)
            {
                case OpComponentKind.Retain:
                    writer.Write(c.Count);
                    break;
                case OpComponentKind.Insert:
                    writer.Write(c.Text);
                    break;
                default:
                    writer.WriteMapHeader(1);
                    writer.Write("d");
                    if (c.Text is null)
                    {
                        writer.Write(c.Count);
                    }
                    else
                    {
                        writer.Write(c.Text);
                    }
                    break;
            }
        }
    }

    /// <inheritdoc />
    public TextOp? Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        if (reader.TryReadNil())
        {
            return null;
        }
        if (reader.NextMessagePackType != MessagePackType.Array)
        {
            reader.Skip();
            return TextOp.Malformed("An op must be an array.");
        }
        var count = reader.ReadArrayHeader();
        var components = new List<OpComponent>(Math.Min(count, 64));
        string? problem = null;
        for (var i = 0; i < count; i++)
        {
            if (problem is not null)
            {
                reader.Skip();
            }
            else if (TryReadComponent(ref reader, out var component))
            {
                components.Add(component);
            }
            else
            {
                problem = ComponentShape;
            }
        }
        return problem is null ? new TextOp(components) : TextOp.Malformed(problem);
    }

    /// <summary>Reads one component, consuming it whole even when it is not one.</summary>
    private static bool TryReadComponent(ref MessagePackReader reader, out OpComponent component)
    {
        component = default;
        switch (reader.NextMessagePackType)
        {
            case MessagePackType.Integer:
                if (!TryReadCount(ref reader, out var retain))
                {
                    return false;
                }
                component = new OpComponent(OpComponentKind.Retain, retain, null);
                return true;
            case MessagePackType.String:
                var text = reader.ReadString()!;
                component = new OpComponent(OpComponentKind.Insert, CodePoints.Count(text), text);
                return true;
            case MessagePackType.Map:
                return TryReadDelete(ref reader, out component);
            default:
                reader.Skip();
                return false;
        }
    }

    private static bool TryReadDelete(ref MessagePackReader reader, out OpComponent component)
    {
        component = default;
        var peek = reader.CreatePeekReader();
        if (peek.ReadMapHeader() != 1 || peek.NextMessagePackType != MessagePackType.String || peek.ReadString() != "d")
        {
            reader.Skip();
            return false;
        }
        reader.ReadMapHeader();
        reader.ReadString();
        switch (reader.NextMessagePackType)
        {
            case MessagePackType.String:
                var text = reader.ReadString()!;
                component = new OpComponent(OpComponentKind.Delete, CodePoints.Count(text), text);
                return true;
            case MessagePackType.Integer:
                if (!TryReadCount(ref reader, out var count))
                {
                    return false;
                }
                component = new OpComponent(OpComponentKind.Delete, count, null);
                return true;
            default:
                reader.Skip();
                return false;
        }
    }

    /// <summary>Reads an integer; false when it does not fit a count (the op's check refuses what is ≤ 0).</summary>
    private static bool TryReadCount(ref MessagePackReader reader, out int count)
    {
        count = 0;
        if (reader.NextCode == MessagePackCode.UInt64)
        {
            reader.Skip();
            return false;
        }
        var value = reader.ReadInt64();
        if (value is < int.MinValue or > int.MaxValue)
        {
            return false;
        }
        count = (int)value;
        return true;
    }
}
