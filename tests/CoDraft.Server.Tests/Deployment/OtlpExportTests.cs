using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CoDraft.Server.Tests.ScaleOut;

namespace CoDraft.Server.Tests.Deployment;

/// <summary>The OTLP exporter of a real server process, configured by the standard OTEL_* settings, sending to a collector stand-in on loopback.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task With_an_otlp_endpoint_the_server_exports_its_meter_and_request_traces_there()
    {
        var port = FreePort.Next();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = new ConcurrentQueue<(string Path, string Body)>();
        var listening = Task.Run(async () =>
        {
            while (collector.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await collector.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                // OTLP/protobuf carries names as plain UTF-8, which is all this stand-in reads.
                received.Enqueue((context.Request.Url!.AbsolutePath, Encoding.UTF8.GetString(body.ToArray())));
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });
        await using var node = await SeededNode.StartAsync(new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{port}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
        });
        var typist = new Typist(await node.HubAsync(), node.StatementId);
        await typist.JoinAsync();
        await typist.TypeAsync();
        using var http = SeededNode.Http(node.Node, node.Token);
        (await http.GetAsync($"/api/statements/{node.StatementId}")).EnsureSuccessStatusCode();

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline && !(Has("/v1/metrics", "codraft.commit.duration") && Has("/v1/traces", "/api/statements/")))
        {
            await Task.Delay(200);
        }
        collector.Stop();
        await listening;

        Assert.True(Has("/v1/metrics", "codraft.commit.duration"), string.Join(", ", received.Select(r => r.Path)));
        Assert.True(Has("/v1/metrics", "codraft.submits"));
        Assert.True(Has("/v1/traces", "/api/statements/"), string.Join(", ", received.Select(r => r.Path)));

        bool Has(string path, string text) => received.Any(r => r.Path == path && r.Body.Contains(text, StringComparison.Ordinal));
    }
}
