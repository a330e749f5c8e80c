using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoDraft.Core.Text;

/// <summary>Reads and writes the JSON form of <see cref="TextOp"/> described on that type.</summary>
public sealed class TextOpJsonConverter : JsonConverter<TextOp>
{
    private const string ComponentShape = "An op component must be a whole number, a string or {\"d\": \"text\"} or {\"d\": n}.";

    /// <summary>
    /// Reads an op from its stored JSON text straight through this converter: the same op as
    /// <c>JsonSerializer.Deserialize&lt;TextOp&gt;</c> gives for a stored op, without the serializer, whose first use in
    /// a process costs far more than opening a statement (see bench/README.md, cold-open).
    /// </summary>
    /// <exception cref="JsonException">The text is not a single JSON value.</exception>
    public static TextOp Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        if (!reader.Read())
        {
            throw new JsonException("An op's JSON text is empty.");
        }
        var op = Instance.Read(ref reader, typeof(TextOp), JsonSerializerOptions.Default);
        if (reader.Read())
        {
            throw new JsonException("An op's JSON text goes on after the op.");
        }
        return op;
    }

    private static readonly TextOpJsonConverter Instance = new();

    /// <summary>
    /// Reads an op. Input that is not an op does not throw: it becomes an op that <see cref="TextType.Check"/>
    /// refuses with <c>op.malformed</c> (or <c>op.invalid_text</c> for a lone surrogate), so clients get a stable code.
    /// </summary>
    public override TextOp Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return TextOp.Unreadable(InvalidOpException.Malformed, "An op must be a JSON array.");
        }
        var components = new List<OpComponent>();
        (string Code, string Message)? problem = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (problem is null && TryReadComponent(ref reader, out var component, out problem))
            {
                components.Add(component);
            }
            else
            {
                reader.Skip();
            }
        }
        return problem is { } p ? TextOp.Unreadable(p.Code, p.Message) : new TextOp(components);
    }

    private static bool TryReadComponent(ref Utf8JsonReader reader, out OpComponent component, out (string Code, string Message)? problem)
    {
        problem = null;
        component = default;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt32(out var n):
                component = OpComponent.Retain(n);
                return true;
            case JsonTokenType.String when TryGetText(ref reader, out var text):
                component = OpComponent.Insert(text);
                return true;
            case JsonTokenType.String:
                problem = (InvalidOpException.InvalidText, "Text contains a lone surrogate.");
                return false;
            case JsonTokenType.StartObject when TryReadDelete(ref reader, out component, out problem):
                return true;
            default:
                problem ??= (InvalidOpException.Malformed, ComponentShape);
                return false;
        }
    }

    private static bool TryReadDelete(ref Utf8JsonReader reader, out OpComponent component, out (string Code, string Message)? problem)
    {
        component = default;
        problem = null;
        var depth = reader.CurrentDepth;
        var found = false;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (problem is not null)
            {
                reader.Skip();
                continue;
            }
            if (reader.TokenType != JsonTokenType.PropertyName || reader.GetString() != "d" || found)
            {
                problem = (InvalidOpException.Malformed, ComponentShape);
                reader.Read();
                reader.Skip();
                continue;
            }
            reader.Read();
            found = true;
            if (reader.TokenType == JsonTokenType.String && TryGetText(ref reader, out var text))
            {
                component = OpComponent.Delete(text);
            }
            else if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var n))
            {
                component = OpComponent.DeleteCount(n);
            }
            else
            {
                problem = reader.TokenType == JsonTokenType.String
                    ? (InvalidOpException.InvalidText, "Text contains a lone surrogate.")
                    : (InvalidOpException.Malformed, ComponentShape);
                reader.Skip();
            }
        }
        if (!found && problem is null)
        {
            problem = (InvalidOpException.Malformed, ComponentShape);
        }
        return problem is null;
    }

    private static bool TryGetText(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to decode an escaped lone surrogate.
            text = string.Empty;
            return false;
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TextOp value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var c in value.Components)
        {
            switch (c.Kind)
            {
                case OpComponentKind.Retain:
                    writer.WriteNumberValue(c.Count);
                    break;
                case OpComponentKind.Insert:
                    writer.WriteStringValue(c.Text);
                    break;
                default:
                    writer.WriteStartObject();
                    if (c.Text is null)
                    {
                        writer.WriteNumber("d", c.Count);
                    }
                    else
                    {
                        writer.WriteString("d", c.Text);
                    }
                    writer.WriteEndObject();
                    break;
            }
        }
        writer.WriteEndArray();
    }
}
