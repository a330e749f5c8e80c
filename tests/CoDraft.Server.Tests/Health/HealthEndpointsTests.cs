using System.Net;
using System.Text.Json;
using CoDraft.Core.Storage;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoDraft.Server.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Live_probe_answers_healthy_without_running_any_check()
    {
        using var factory = new CoDraftFactory();

        var response = await factory.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"Healthy","checks":{}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_probe_reports_the_sqlite_store_healthy_when_it_answers()
    {
        using var factory = new CoDraftFactory();

        var response = await factory.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"status":"Healthy","checks":{"store":"Healthy"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_probe_reports_unavailable_once_the_store_cannot_answer_while_live_stays_up()
    {
        using var factory = new CoDraftFactory();
        var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<IStoreSchema>();

        ((IDisposable)store).Dispose();
        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("store").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
