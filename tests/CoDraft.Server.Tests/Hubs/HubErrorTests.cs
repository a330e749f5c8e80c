using CoDraft.Client.Transport;
using CoDraft.Core.Errors;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;
using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Hubs;

/// <summary>Every refusal of the hub arrives with its stable code, and the stored text is left as it was.</summary>
public sealed class HubErrorTests(SharedLiveServer shared) : IClassFixture<SharedLiveServer>
{
    private const string Original = "Wir fordern die EU";

    [Fact]
    public async Task Joining_an_unknown_statement_is_refused()
    {
        var server = shared.Server;
        var client = await server.ConnectAsync();

        var error = await Assert.ThrowsAsync<DraftHubError>(() => client.Hub.JoinAsync(Guid.NewGuid()));

        Assert.Equal(ErrorCodes.StatementNotFound, error.Code);
    }

    [Fact]
    public async Task Submitting_without_joining_is_refused_and_applies_nothing()
    {
        var server = shared.Server;
        var (statementId, version) = await server.Http.CreateStatementAsync("Letter", Original);
        var client = await server.ConnectAsync();

        var error = await Assert.ThrowsAsync<DraftHubError>(() => client.Hub.SubmitAsync(Request(statementId, version, "c", 1, Insert(0, "x"))));

        Assert.Equal(ErrorCodes.NotJoined, error.Code);
        await AssertUnchangedAsync(server, statementId, Original, version);
    }

    [Theory]
    [InlineData(ErrorCodes.VersionInFuture)]
    [InlineData(InvalidOpException.Malformed)]
    [InlineData(InvalidOpException.OutOfRange)]
    [InlineData(InvalidOpException.DeleteMismatch)]
    [InlineData(ErrorCodes.InvalidRequest)]
    public async Task A_bad_submission_is_refused_with_its_code_and_applies_nothing(string code)
    {
        var server = shared.Server;
        var (statementId, version) = await server.Http.CreateStatementAsync("Letter", Original);
        var client = await server.ConnectAsync();
        await client.Hub.JoinAsync(statementId);
        var request = code switch
        {
            ErrorCodes.VersionInFuture => Request(statementId, version + 5, "c", 1, Insert(0, "x")),
            InvalidOpException.Malformed => Request(statementId, version, "c", 1, new TextOp([OpComponent.Retain(0), OpComponent.Insert("x")])),
            InvalidOpException.OutOfRange => Request(statementId, version, "c", 1, Insert(Original.Length + 1, "x")),
            InvalidOpException.DeleteMismatch => Request(statementId, version, "c", 1, new TextOp([OpComponent.Delete("Ihr")])),
            _ => Request(statementId, version, "", 1, Insert(0, "x")),
        };

        var error = await Assert.ThrowsAsync<DraftHubError>(() => client.Hub.SubmitAsync(request));

        Assert.Equal(code, error.Code);
        await AssertUnchangedAsync(server, statementId, Original, version);
    }

    [Fact]
    public async Task An_op_that_would_make_the_text_too_large_is_refused()
    {
        await using var server = await LiveServer.StartAsync(new Dictionary<string, string?> { ["Editing:MaxTextBytes"] = "64" });
        var (statementId, version) = await server.Http.CreateStatementAsync("Letter", Original);
        var client = await server.ConnectAsync();
        await client.Hub.JoinAsync(statementId);

        var error = await Assert.ThrowsAsync<DraftHubError>(() => client.Hub.SubmitAsync(Request(statementId, version, "c", 1, Insert(0, new string('x', 60)))));

        Assert.Equal(ErrorCodes.TextTooLarge, error.Code);
        await AssertUnchangedAsync(server, statementId, Original, version);
    }

    [Fact]
    public async Task Submitting_faster_than_the_limit_is_refused_until_the_bucket_refills()
    {
        await using var server = await LiveServer.StartAsync(new Dictionary<string, string?> { ["Hub:MaxOpsPerSecond"] = "0.01", ["Hub:Burst"] = "2" });
        var (statementId, version) = await server.Http.CreateStatementAsync("Letter", Original);
        var client = await server.ConnectAsync();
        await client.Hub.JoinAsync(statementId);
        await client.Hub.SubmitAsync(Request(statementId, version, "c", 1, Insert(0, "a")));
        await client.Hub.SubmitAsync(Request(statementId, version + 1, "c", 2, Insert(0, "b")));

        var error = await Assert.ThrowsAsync<DraftHubError>(() => client.Hub.SubmitAsync(Request(statementId, version + 2, "c", 3, Insert(0, "c"))));

        Assert.Equal(ErrorCodes.RateLimited, error.Code);
        await AssertUnchangedAsync(server, statementId, "ba" + Original, version + 2);
    }

    [Fact]
    public async Task A_resend_of_a_committed_submission_returns_its_version_and_applies_nothing()
    {
        var server = shared.Server;
        var (statementId, version) = await server.Http.CreateStatementAsync("Letter", Original);
        var client = await server.ConnectAsync();
        await client.Hub.JoinAsync(statementId);
        var request = Request(statementId, version, "c", 1, Insert(0, "Ja! "));
        var first = await client.Hub.SubmitAsync(request);

        var again = await client.Hub.SubmitAsync(request);

        Assert.Equal(new SubmitResult(version + 1, Duplicate: false), first);
        Assert.Equal(new SubmitResult(version + 1, Duplicate: true), again);
        Assert.Equal(("Ja! " + Original, version + 1), await server.Http.GetTextAsync(statementId));
    }

    [Fact]
    public async Task Catching_up_from_a_future_version_is_refused()
    {
        var server = shared.Server;
        var (statementId, version) = await server.Http.CreateStatementAsync("Letter", Original);
        var client = await server.ConnectAsync();
        await client.Hub.JoinAsync(statementId);

        var error = await Assert.ThrowsAsync<DraftHubError>(() => client.Hub.CatchUpAsync(statementId, version + 1));

        Assert.Equal(ErrorCodes.VersionInFuture, error.Code);
    }

    private static SubmitRequest Request(Guid statementId, long baseVersion, string clientId, long seq, TextOp op) =>
        new(statementId, baseVersion, clientId, seq, op);

    private static TextOp Insert(int position, string text) =>
        new(position == 0 ? [OpComponent.Insert(text)] : [OpComponent.Retain(position), OpComponent.Insert(text)]);

    private static async Task AssertUnchangedAsync(LiveServer server, Guid statementId, string text, long version) =>
        Assert.Equal((text, version), await server.Http.GetTextAsync(statementId));
}
