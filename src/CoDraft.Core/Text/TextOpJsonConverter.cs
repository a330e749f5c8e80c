using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoDraft.Core.Text;

/// <summary>Reads and writes the JSON form of <see cref="TextOp"/> described on that type.</summary>
public sealed class TextOpJsonConverter : JsonConverter<TextOp>
{
    /// <inheritdoc />
    public override TextOp Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("An op must be a JSON array.");
        }
        var components = new List<OpComponent>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            components.Add(reader.TokenType switch
            {
                JsonTokenType.Number when reader.TryGetInt32(out var n) => OpComponent.Retain(n),
                JsonTokenType.String => OpComponent.Insert(reader.GetString()!),
                JsonTokenType.StartObject => ReadDelete(ref reader),
                _ => throw new JsonException("An op component must be a whole number, a string or {\"d\": …}."),
            });
        }
        return new TextOp(components);
    }

    private static OpComponent ReadDelete(ref Utf8JsonReader reader)
    {
        OpComponent? delete = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.GetString() != "d" || delete is not null)
            {
                throw new JsonException("A delete component must be {\"d\": \"text\"} or {\"d\": n}.");
            }
            reader.Read();
            delete = reader.TokenType switch
            {
                JsonTokenType.String => OpComponent.Delete(reader.GetString()!),
                JsonTokenType.Number when reader.TryGetInt32(out var n) => OpComponent.DeleteCount(n),
                _ => throw new JsonException("A delete component must be {\"d\": \"text\"} or {\"d\": n}."),
            };
        }
        return delete ?? throw new JsonException("A delete component must be {\"d\": \"text\"} or {\"d\": n}.");
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
