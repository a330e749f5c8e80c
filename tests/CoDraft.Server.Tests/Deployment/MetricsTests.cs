using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CoDraft.Client.Transport;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;
using CoDraft.Server.Tests.ScaleOut;

namespace CoDraft.Server.Tests.Deployment;

/// <summary>The Prometheus scrape endpoint of a real server process, on its own port, while people edit.</summary>
public sealed partial class MetricsTests
{
    private const int Edits = 12;

    [Fact]
    public async Task Scraping_after_edits_shows_the_commit_histograms_move_and_the_refusals_by_code()
    {
        var metricsPort = FreePort.Next();
        await using var node = await SeededNode.StartAsync(new Dictionary<string, string> { ["Metrics:PrometheusPort"] = metricsPort.ToString(CultureInfo.InvariantCulture) });
        using var scraper = new HttpClient { BaseAddress = new Uri($"http://localhost:{metricsPort}"), Timeout = TimeSpan.FromSeconds(10) };
        var before = await ScrapeAsync(scraper);

        var typist = new Typist(await node.HubAsync(), node.StatementId);
        await typist.JoinAsync();
        for (var i = 0; i < Edits; i++)
        {
            await typist.TypeAsync();
        }
        var stranger = await node.HubAsync();
        await Assert.ThrowsAsync<DraftHubError>(() => stranger.SubmitAsync(
            new SubmitRequest(node.StatementId, 1, "stranger", 1, new TextOp([OpComponent.Insert("x")]))));

        using var rest = SeededNode.Http(node.Node, node.Token);
        var missing = await rest.GetAsync($"/api/statements/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        var after = await ScrapeUntilAsync(scraper, m => Value(m, "codraft_submits_total") - Value(before, "codraft_submits_total") >= Edits);
        // The stranger's submission is refused before it reaches the editor: it counts as a refusal, not a submission.
        Assert.Equal(Edits, Value(after, "codraft_submits_total") - Value(before, "codraft_submits_total"));
        // Each acknowledged op was durably committed in some group: the group sizes add up to the edits.
        Assert.Equal(Edits, Value(after, "codraft_commit_group_size_sum") - Value(before, "codraft_commit_group_size_sum"));
        Assert.InRange(Value(after, "codraft_commit_duration_milliseconds_count") - Value(before, "codraft_commit_duration_milliseconds_count"), 1, Edits);
        Assert.True(Value(after, "codraft_commit_duration_milliseconds_sum") > Value(before, "codraft_commit_duration_milliseconds_sum"));
        Assert.True(Value(after, "codraft_broadcast_delay_milliseconds_count") > Value(before, "codraft_broadcast_delay_milliseconds_count"));
        Assert.Equal(1, Value(after, "codraft_refusals_total", "code=\"statement.not_joined\"") - Value(before, "codraft_refusals_total", "code=\"statement.not_joined\""));
        Assert.Equal(1, Value(after, "codraft_refusals_total", "code=\"statement.not_found\"") - Value(before, "codraft_refusals_total", "code=\"statement.not_found\""));
        Assert.Equal(2, Value(after, "codraft_connections"));
        Assert.Equal(1, Value(after, "codraft_statements_joined"));
        Assert.Equal(1, Value(after, "codraft_documents_open"));
    }

    [Fact]
    public async Task The_metrics_are_not_served_on_the_public_port_and_the_metrics_port_serves_nothing_else()
    {
        var metricsPort = FreePort.Next();
        await using var node = await SeededNode.StartAsync(new Dictionary<string, string> { ["Metrics:PrometheusPort"] = metricsPort.ToString(CultureInfo.InvariantCulture) });
        using var metricsPortClient = new HttpClient { BaseAddress = new Uri($"http://localhost:{metricsPort}") };
        using var publicClient = new HttpClient { BaseAddress = node.Node.Address };
        using var forgedHost = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        forgedHost.Headers.Host = $"localhost:{metricsPort}";

        var onPublicPort = await (await publicClient.SendAsync(forgedHost)).Content.ReadAsStringAsync();
        var apiOnMetricsPort = await metricsPortClient.GetAsync("/health/ready");

        Assert.DoesNotContain("codraft_", onPublicPort);
        Assert.DoesNotContain("# TYPE", onPublicPort);
        Assert.Equal(HttpStatusCode.NotFound, apiOnMetricsPort.StatusCode);
        Assert.Contains("codraft_connections{", await ScrapeAsync(metricsPortClient));
    }

    private static async Task<string> ScrapeAsync(HttpClient scraper)
    {
        var response = await scraper.GetAsync("/metrics");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Scrapes until <paramref name="done"/> holds (the exporter caches a scrape for a moment) or 10 s pass.</summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient scraper, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var metrics = await ScrapeAsync(scraper);
            if (done(metrics) || DateTime.UtcNow > deadline)
            {
                return metrics;
            }
            await Task.Delay(200);
        }
    }

    /// <summary>The sum of the samples of <paramref name="name"/> (those with <paramref name="label"/>, when given); 0 when there is none.</summary>
    private static double Value(string metrics, string name, string? label = null) =>
        Sample().Matches(metrics)
            .Where(m => m.Groups["name"].Value == name && (label is null || m.Groups["labels"].Value.Contains(label, StringComparison.Ordinal)))
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<name>[a-z_]+)(?<labels>\{[^}]*\})? (?<value>[-+0-9.eE]+|NaN)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
