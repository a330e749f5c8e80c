using MessagePack;
using MessagePack.Resolvers;

namespace CoDraft.Server.Hubs.MessagePack;

/// <summary>
/// The MessagePack hub protocol's serializer options for CoDraft: SignalR's own (contractless, member names as
/// they are in C#, untrusted-data limits) with ops in their wire shape. Clients that use MessagePack configure the same.
/// </summary>
public static class HubMessagePack
{
    /// <summary><paramref name="defaults"/> (the protocol's options) with CoDraft's formatters ahead of its resolver.</summary>
    public static MessagePackSerializerOptions Options(MessagePackSerializerOptions defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        return defaults.WithResolver(CompositeResolver.Create(
            [new TextOpMessagePackFormatter()],
            [defaults.Resolver]));
    }
}
