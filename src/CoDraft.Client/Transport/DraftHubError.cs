using Microsoft.AspNetCore.SignalR;

namespace CoDraft.Client.Transport;

/// <summary>
/// A call the hub refused, with the stable <see cref="Code"/> the server put before its message ("code: message"),
/// e.g. <c>op.out_of_range</c> or <c>rate.limited</c>. Nothing was changed on the server.
/// </summary>
public sealed class DraftHubError(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The code the hub sends when its message carries none (an older or foreign server).</summary>
    public const string UnknownCode = "hub.unknown";

    /// <summary>The stable error code (see docs/protocol.md, "Hub").</summary>
    public string Code { get; } = code;

    /// <summary>
    /// Reads the code from a <see cref="HubException"/>. SignalR prefixes the server's text with its own words
    /// ("An unexpected error occurred invoking 'Submit' on the server. HubException: "), so the code is looked for
    /// after that prefix.
    /// </summary>
    public static DraftHubError From(HubException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        const string prefix = "HubException: ";
        var text = exception.Message;
        var start = text.LastIndexOf(prefix, StringComparison.Ordinal);
        var body = start >= 0 ? text[(start + prefix.Length)..] : text;
        var colon = body.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && IsCode(body.AsSpan(0, colon)))
        {
            return new DraftHubError(body[..colon], body[(colon + 2)..], exception);
        }
        return new DraftHubError(UnknownCode, body, exception);
    }

    private static bool IsCode(ReadOnlySpan<char> candidate)
    {
        foreach (var c in candidate)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_'))
            {
                return false;
            }
        }
        return candidate.Contains('.');
    }
}
