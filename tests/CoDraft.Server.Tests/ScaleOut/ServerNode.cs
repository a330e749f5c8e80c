using System.Diagnostics;
using System.Text;

namespace CoDraft.Server.Tests.ScaleOut;

/// <summary>
/// The built CoDraft.Server.dll run with <c>dotnet</c> as a process of its own on a free loopback port: a node of a
/// deployment, which a test can kill outright (SIGKILL, no shutdown).
/// </summary>
public sealed class ServerNode : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServerNode(string name, Process process, int port)
    {
        Name = name;
        this.process = process;
        Port = port;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public string Name { get; }

    public int Port { get; }

    public Uri Address { get; }

    /// <summary>True until the node is killed or exits.</summary>
    public bool IsRunning => !process.HasExited;

    /// <summary>What the node wrote to standard output and error so far, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts a node with <paramref name="settings"/> (as <c>--Key=value</c>) and waits until /health/live answers.</summary>
    public static async Task<ServerNode> StartAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ServerDll());
        start.ArgumentList.Add($"--Urls=http://127.0.0.1:{port}");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var node = new ServerNode(name, Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), port);
        node.process.OutputDataReceived += (_, e) => node.Append(e.Data);
        node.process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        node.process.BeginOutputReadLine();
        node.process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (node.process.HasExited || DateTime.UtcNow > deadline)
            {
                var log = node.Output;
                await node.DisposeAsync();
                throw new InvalidOperationException($"Node {name} did not come up on port {port}:\n{log}");
            }
            try
            {
                if ((await http.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return node;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Kills the process at once, as a crash or a pulled plug would: no graceful shutdown, no goodbyes.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>The server built beside these tests (src/CoDraft.Server/bin/&lt;configuration&gt;/&lt;tfm&gt;/).</summary>
    private static string ServerDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var tfm = here.Name;
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CoDraft.sln")))
        {
            root = root.Parent;
        }
        var dll = root is null ? null : Path.Combine(root.FullName, "src", "CoDraft.Server", "bin", configuration, tfm, "CoDraft.Server.dll");
        return dll is not null && File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"The built server is missing ({dll ?? "no CoDraft.sln above " + here.FullName}); build the solution first.");
    }
}
