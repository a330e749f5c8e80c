using System.Text.Json;

namespace CoDraft.Server.Tests.Review;

/// <summary>Reading the anchor of a thread or suggestion as the API returns it.</summary>
public static class AnchorJson
{
    public static (int Start, int End, string Quote, string State) Anchor(this JsonElement item)
    {
        var anchor = item.GetProperty("anchor");
        return (anchor.GetProperty("start").GetInt32(), anchor.GetProperty("end").GetInt32(), anchor.GetProperty("quote").GetString()!,
            anchor.GetProperty("state").GetString()!);
    }

    public static Guid Id(this JsonElement item) => item.GetProperty("id").GetGuid();
}
