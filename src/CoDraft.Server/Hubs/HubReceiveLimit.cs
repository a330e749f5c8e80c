using CoDraft.Server.Editing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Hubs;

/// <summary>
/// Sizes SignalR's <see cref="HubOptions.MaximumReceiveMessageSize"/> from <see cref="EditingOptions.MaxTextBytes"/>,
/// so that every hub message carrying an op within the text limit is received, and the editor answers one beyond it
/// with <c>text.too_large</c>. SignalR's default (32 KB) closed the connection without a code on a larger paste,
/// and the client then resent it after every reconnect, forever.
/// </summary>
public sealed class HubReceiveLimit(IOptions<EditingOptions> editing) : IConfigureOptions<HubOptions>
{
    /// <summary>
    /// The longest JSON escape of one UTF-8 byte: a control character becomes <c>\u00XX</c>, six bytes. Other
    /// characters cost less (a 4-byte character is at most two <c>\uXXXX</c>, twelve bytes, three per byte), and in
    /// MessagePack a string is its UTF-8 bytes, so JSON's worst case bounds both protocols.
    /// </summary>
    public const int WorstEscapeBytesPerTextByte = 6;

    /// <summary>
    /// An op may both delete and insert a whole text of the limit (a paste over everything), and a delete carries the
    /// text it removes: twice the text in one message.
    /// </summary>
    public const int TextsPerOp = 2;

    /// <summary>
    /// Room for the rest of the message: the invocation envelope, the statement id, client id, versions and the
    /// op's retain counts. A few hundred bytes in practice; 64 KiB leaves ample room.
    /// </summary>
    public const long EnvelopeBytes = 64 * 1024;

    /// <summary>The receive limit for a text limit of <paramref name="maxTextBytes"/> UTF-8 bytes.</summary>
    public static long For(int maxTextBytes) =>
        (long)maxTextBytes * TextsPerOp * WorstEscapeBytesPerTextByte + EnvelopeBytes;

    /// <inheritdoc />
    public void Configure(HubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MaximumReceiveMessageSize = For(editing.Value.MaxTextBytes);
    }
}
