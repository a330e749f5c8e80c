using System.Net;
using System.Net.Sockets;

namespace CoDraft.Server.Tests.Deployment;

/// <summary>
/// HTTP clients that reach a server on loopback from a chosen loopback address (127.0.0.1 is "the proxy", any other
/// 127.x address a client talking to the server directly), each request carrying the given headers, no cookie jar.
/// </summary>
public static class PeerClient
{
    /// <summary>A client connecting from <paramref name="localAddress"/> to the server at <paramref name="server"/>.</summary>
    public static HttpClient From(string localAddress, Uri server, params (string Name, string Value)[] headers)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var client = new HttpClient(handler) { BaseAddress = server };
        foreach (var (name, value) in headers)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation(name, value);
        }
        return client;
    }
}
