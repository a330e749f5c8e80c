using CoDraft.Core.Text;

namespace CoDraft.Server.Tests.Review;

/// <summary>An editing-trace patch as an op: at a code point position, delete some characters and insert a text.</summary>
public static class PatchOp
{
    public static TextOp At(int position, int deleted, string inserted)
    {
        var components = new List<OpComponent>();
        if (position > 0)
        {
            components.Add(OpComponent.Retain(position));
        }
        if (deleted > 0)
        {
            components.Add(OpComponent.DeleteCount(deleted));
        }
        if (inserted.Length > 0)
        {
            components.Add(OpComponent.Insert(inserted));
        }
        return new TextOp(components);
    }
}
