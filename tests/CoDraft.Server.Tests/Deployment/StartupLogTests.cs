using System.Text.Json;
using CoDraft.Server.Tests.ScaleOut;

namespace CoDraft.Server.Tests.Deployment;

/// <summary>What an operator reads when the server starts, as a real process prints it.</summary>
public sealed class StartupLogTests
{
    [Fact]
    public async Task With_json_logs_the_warning_about_plain_http_without_a_trusted_proxy_is_one_json_line()
    {
        var folder = Directory.CreateTempSubdirectory("codraft-logs-").FullName;
        try
        {
            await using var node = await ServerNode.StartAsync("json", new Dictionary<string, string>
            {
                ["Storage:SqlitePath"] = Path.Combine(folder, "codraft.db"),
                ["Logging:Json"] = "true",
            });
            var deadline = DateTime.UtcNow.AddSeconds(10);
            JsonElement? warning = null;
            while (warning is null && DateTime.UtcNow < deadline)
            {
                warning = node.Output.Split('\n')
                    .Where(line => line.StartsWith('{'))
                    .Select(line => JsonDocument.Parse(line).RootElement)
                    .Cast<JsonElement?>()
                    .FirstOrDefault(e => e!.Value.GetProperty("EventId").GetInt32() == 9001);
                await Task.Delay(100);
            }

            Assert.True(warning is not null, node.Output);
            Assert.Equal("Warning", warning.Value.GetProperty("LogLevel").GetString());
            Assert.Contains("Proxy:KnownProxies", warning.Value.GetProperty("Message").GetString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
