using CoDraft.Core.Text;
using MongoDB.Bson;

namespace CoDraft.Storage.Mongo.Documents;

/// <summary>
/// The BSON form of a <see cref="TextOp"/>, the same shape as its JSON form (docs/protocol.md): an array in which
/// an int32 is a retain, a string an insert and <c>{ d: "text" }</c> a delete (<c>{ d: n }</c> when only the count
/// is known). Keeping one shape means a stored op reads the same in the shell as on the wire.
/// </summary>
internal static class TextOpBson
{
    private const string DeleteField = "d";

    public static BsonArray ToBson(TextOp op)
    {
        var array = new BsonArray(op.Components.Count);
        foreach (var component in op.Components)
        {
            array.Add(component.Kind switch
            {
                OpComponentKind.Retain => new BsonInt32(component.Count),
                OpComponentKind.Insert => new BsonString(component.Text!),
                OpComponentKind.Delete when component.Text is null => new BsonDocument(DeleteField, component.Count),
                OpComponentKind.Delete => new BsonDocument(DeleteField, component.Text),
                _ => throw new ArgumentOutOfRangeException(nameof(op), component.Kind, "Unknown op component kind."),
            });
        }
        return array;
    }

    public static TextOp FromBson(BsonValue value)
    {
        if (value is not BsonArray array)
        {
            throw new InvalidDataException($"A stored op should be an array but is a BSON {value.BsonType}.");
        }
        var components = new List<OpComponent>(array.Count);
        foreach (var item in array)
        {
            components.Add(item switch
            {
                BsonInt32 count => OpComponent.Retain(count.Value),
                BsonString text => OpComponent.Insert(text.Value),
                BsonDocument { ElementCount: 1 } delete when delete.Contains(DeleteField) => ReadDelete(delete[DeleteField]),
                _ => throw new InvalidDataException($"A stored op component should be an int32, a string or {{ d: … }} but is {item}."),
            });
        }
        return new TextOp(components);
    }

    private static OpComponent ReadDelete(BsonValue value) => value switch
    {
        BsonString text => OpComponent.Delete(text.Value),
        BsonInt32 count => OpComponent.DeleteCount(count.Value),
        _ => throw new InvalidDataException($"A stored delete should hold its text or its count but holds {value}."),
    };
}
