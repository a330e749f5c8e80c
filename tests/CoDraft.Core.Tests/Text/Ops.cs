using System.Text.Json;
using CoDraft.Core.Text;

namespace CoDraft.Core.Tests.Text;

/// <summary>Ops written in their JSON form, so a test reads like the wire.</summary>
internal static class Ops
{
    public static TextOp Parse(string json) => JsonSerializer.Deserialize<TextOp>(json)!;

    public static string Json(TextOp op) => JsonSerializer.Serialize(op);
}
