using System.Buffers;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace CoDraft.Server.Hubs;

/// <summary>
/// A hub protocol (JSON or MessagePack) that turns a call whose arguments do not bind into a call of
/// <see cref="DraftHub.RefuseArguments"/>, so the caller gets a HubException starting with
/// <see cref="CoDraft.Core.Errors.ErrorCodes.InvalidRequest"/> instead of SignalR's "Failed to invoke … due to an
/// error on the server", which goes round the hub's filters. Everything else passes through unchanged.
/// </summary>
public sealed class ArgumentBindingProtocol(IHubProtocol inner) : IHubProtocol
{
    /// <inheritdoc />
    public string Name => inner.Name;

    /// <inheritdoc />
    public int Version => inner.Version;

    /// <inheritdoc />
    public TransferFormat TransferFormat => inner.TransferFormat;

    /// <inheritdoc />
    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HubMessage? message)
    {
        if (!inner.TryParseMessage(ref input, binder, out message))
        {
            return false;
        }
        if (message is InvocationBindingFailureMessage failure)
        {
            message = new InvocationMessage(failure.InvocationId, nameof(DraftHub.RefuseArguments), [failure.Target]);
        }
        return true;
    }

    /// <inheritdoc />
    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

    /// <inheritdoc />
    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);

    /// <inheritdoc />
    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    /// <summary>Wraps every hub protocol registered so far.</summary>
    public static void WrapAll(IServiceCollection services)
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(IHubProtocol)).ToList())
        {
            services.Remove(descriptor);
            services.AddSingleton<IHubProtocol>(sp => new ArgumentBindingProtocol((IHubProtocol)(
                descriptor.ImplementationInstance
                ?? descriptor.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!))));
        }
    }
}
