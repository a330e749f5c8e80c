using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Apis;

/// <summary>
/// One server for the statement API tests, with small limits. Each test signs in as a new lead of a new
/// organisation, so it sees only its own statements.
/// </summary>
public sealed class StatementsServer : IDisposable
{
    public CoDraftFactory Factory { get; } = new(settings: new Dictionary<string, string?>
    {
        ["Editing:MaxTextBytes"] = "2048",
        ["Editing:SnapshotEvery"] = "3",
    });

    public void Dispose() => Factory.Dispose();
}
