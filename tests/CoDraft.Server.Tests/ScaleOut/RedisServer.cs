using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace CoDraft.Server.Tests.ScaleOut;

/// <summary>A real <c>redis-server</c> (Debian's package) on a free loopback port, without persistence, for one test.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    /// <summary>Where the binary is looked for, besides the PATH.</summary>
    private static readonly string[] KnownPaths = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"];

    private readonly Process process;

    private RedisServer(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>"127.0.0.1:port", a Redis:Connection value.</summary>
    public string Connection => $"127.0.0.1:{Port}";

    /// <summary>The redis-server binary, or null when it is not installed.</summary>
    public static string? Binary() =>
        KnownPaths.Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "redis-server")))
            .FirstOrDefault(File.Exists);

    /// <summary>Starts the server and waits until it answers PING.</summary>
    public static async Task<RedisServer> StartAsync(string binary)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new RedisServer(process, port);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!await server.AnswersPingAsync())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await server.DisposeAsync();
                lock (output)
                {
                    throw new InvalidOperationException($"redis-server did not answer on port {port}:\n{output}");
                }
            }
            await Task.Delay(50);
        }
        return server;
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
