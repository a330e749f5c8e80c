using System.Text;
using CoDraft.Client.Transport;
using CoDraft.Core.Errors;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;
using CoDraft.Server.Editing;
using HubReceiveLimit = CoDraft.Server.Hubs.HubReceiveLimit;
using CoDraft.Server.Hubs.MessagePack;
using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CoDraft.Server.Tests.Hubs;

/// <summary>
/// A paste as large as the text limit reaches the editor over both hub protocols and commits; one beyond it is
/// refused with <c>text.too_large</c> and the connection stays open (SignalR's default 32 KB receive limit used to
/// close it, without a code).
/// </summary>
public sealed class LargePasteTests(SharedLiveServer shared) : IClassFixture<SharedLiveServer>
{
    private const string Original = "Draft";

    /// <summary>The default Editing:MaxTextBytes the shared server runs with.</summary>
    private static readonly int MaxTextBytes = new EditingOptions().MaxTextBytes;

    public static TheoryData<string> Protocols => new() { "json", "messagepack" };

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_paste_that_fills_the_text_limit_commits_and_another_person_sees_it(string protocol)
    {
        var server = shared.Server;
        var (statementId, _) = await server.Http.CreateStatementAsync("Open letter", Original);
        var (_, observer) = await server.JoinAsync(statementId);
        await using var paster = await ConnectAsync(server, protocol);
        var joined = await paster.JoinAsync(statementId);
        var paste = PasteOf(MaxTextBytes - Encoding.UTF8.GetByteCount(Original));

        var result = await paster.SubmitAsync(new SubmitRequest(statementId, joined.Version, "paster", 1,
            new TextOp([OpComponent.Retain(Original.Length), OpComponent.Insert(paste)])));

        Assert.Equal(joined.Version + 1, result.Version);
        var (stored, version) = await server.Http.GetTextAsync(statementId);
        Assert.Equal(Original + paste, stored);
        Assert.Equal(MaxTextBytes, Encoding.UTF8.GetByteCount(stored));
        Assert.Equal(result.Version, version);
        await Eventually.HoldsAsync(() => observer.Text == Original + paste, "the other person has the paste");
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_paste_beyond_the_text_limit_is_refused_with_a_code_and_the_connection_stays(string protocol)
    {
        var server = shared.Server;
        var (statementId, _) = await server.Http.CreateStatementAsync("Open letter", Original);
        await using var paster = await ConnectAsync(server, protocol);
        var joined = await paster.JoinAsync(statementId);
        var closed = 0;
        paster.Disconnected += () => Interlocked.Increment(ref closed);

        var refused = await Assert.ThrowsAsync<DraftHubError>(() => paster.SubmitAsync(new SubmitRequest(statementId, joined.Version, "paster", 1,
            new TextOp([OpComponent.Retain(Original.Length), OpComponent.Insert(PasteOf(MaxTextBytes))]))));

        Assert.Equal(ErrorCodes.TextTooLarge, refused.Code);
        Assert.Equal((Original, joined.Version), await server.Http.GetTextAsync(statementId));
        // The same connection goes on working: nothing was dropped.
        var next = await paster.SubmitAsync(new SubmitRequest(statementId, joined.Version, "paster", 2, new TextOp([OpComponent.Insert("New ")])));
        Assert.Equal(joined.Version + 1, next.Version);
        Assert.Equal(HubConnectionState.Connected, paster.Connection.State);
        Assert.Equal(0, Volatile.Read(ref closed));
    }

    [Fact]
    public void The_receive_limit_grows_with_the_text_limit_and_holds_the_worst_escaped_op()
    {
        // A delete and an insert of a whole text of control characters, each escaped as \u00XX in JSON.
        var worst = 2L * 6 * MaxTextBytes;

        Assert.True(HubReceiveLimit.For(MaxTextBytes) > worst);
        Assert.True(HubReceiveLimit.For(4 * MaxTextBytes) > 4 * worst);
    }

    /// <summary>
    /// Text of exactly <paramref name="bytes"/> UTF-8 bytes, mostly characters outside ASCII (which .NET's JSON
    /// writer escapes as \uXXXX, three times their UTF-8 size), with line breaks and quotes.
    /// </summary>
    private static string PasteOf(int bytes)
    {
        var text = new StringBuilder();
        var used = 0;
        string[] pieces = ["😀", "ä", "\n", "\"", "Kinderschutz "];
        for (var i = 0; ; i++)
        {
            var piece = pieces[i % pieces.Length];
            var size = Encoding.UTF8.GetByteCount(piece);
            if (used + size > bytes)
            {
                break;
            }
            text.Append(piece);
            used += size;
        }
        return text.Append('a', bytes - used).ToString();
    }

    private static async Task<DraftHubClient> ConnectAsync(LiveServer server, string protocol)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, DraftHubClient.HubPath), o => o.AccessTokenProvider = () => Task.FromResult<string?>(server.AccessToken));
        if (protocol == "messagepack")
        {
            builder.AddMessagePackProtocol(o => o.SerializerOptions = HubMessagePack.Options(o.SerializerOptions));
        }
        var client = new DraftHubClient(builder.Build());
        await client.StartAsync();
        return client;
    }
}
