using System.IO.Compression;
using System.Text.Json;
using CoDraft.Core.Text;

namespace CoDraft.Bench;

/// <summary>
/// A sequential editing trace of josephg/editing-traces: a start text, an end text, and patches
/// <c>[position, deleteCount, insertText]</c> in code points, each turned into a <see cref="TextOp"/> up front.
/// </summary>
internal sealed record EditingTrace(string StartContent, string EndContent, IReadOnlyList<TextOp> Ops)
{
    public static EditingTrace Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gzip);
        var root = json.RootElement;
        var ops = new List<TextOp>();
        foreach (var txn in root.GetProperty("txns").EnumerateArray())
        {
            if (txn.TryGetProperty("parents", out _))
            {
                throw new NotSupportedException("Concurrent traces (with parents) need OT to replay; use a sequential trace.");
            }
            foreach (var patch in txn.GetProperty("patches").EnumerateArray())
            {
                ops.Add(ToOp(patch[0].GetInt32(), patch[1].GetInt32(), patch[2].GetString()!));
            }
        }
        return new EditingTrace(root.GetProperty("startContent").GetString()!, root.GetProperty("endContent").GetString()!, ops);
    }

    private static TextOp ToOp(int position, int deleteCount, string insert)
    {
        var components = new List<OpComponent>(3);
        if (position > 0)
        {
            components.Add(OpComponent.Retain(position));
        }
        if (insert.Length > 0)
        {
            components.Add(OpComponent.Insert(insert));
        }
        if (deleteCount > 0)
        {
            components.Add(OpComponent.DeleteCount(deleteCount));
        }
        return new TextOp(components);
    }
}
