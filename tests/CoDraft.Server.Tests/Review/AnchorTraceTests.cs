using System.IO.Compression;
using System.Text.Json;
using CoDraft.Core.Text;
using CoDraft.Server.Editing;
using CoDraft.Server.Tests.Hubs.Traces;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CoDraft.Server.Tests.Review;

/// <summary>
/// Anchors through real editing: a recorded editing session replayed op by op through the server's commit path,
/// and seeded random edits around a quoted passage. The server's anchors, read through the API, are compared with
/// <see cref="AnchorOracle"/>, which follows every character by identity.
/// </summary>
public sealed class AnchorTraceTests(ITestOutputHelper output)
{
    private const string Trace = "friendsforever_flat.json.gz";

    /// <summary>Anchors are placed once the text has grown this far into the trace.</summary>
    private const int AnchorAfterPatches = 3_000;

    private const int Anchors = 16;

    /// <summary>Anchors are compared every this many ops, and once more after a restart.</summary>
    private const int CheckEvery = 2_500;

    [SkippableFact]
    public async Task Anchors_follow_their_text_through_a_replayed_editing_trace_and_a_restart()
    {
        var path = TraceFiles.Find(Trace);
        if (path is null)
        {
            output.WriteLine($"Editing trace {Trace} is not in ../shared/data/editing-traces beside the repository; this replay needs it and was skipped.");
        }
        Skip.If(path is null, $"Editing trace {Trace} is not in ../shared/data/editing-traces beside the repository; the replay needs it.");
        var patches = LoadPatches(path!);
        var start = Replay(patches.Take(AnchorAfterPatches));
        using var factory = new CoDraftFactory(settings: new Dictionary<string, string?> { ["Review:PersistAnchorsEvery"] = "97" }) { KeepData = true };
        var lead = await factory.Accounts.PersonInNewOrganisationAsync("Lena Lead");
        var (statementId, version) = await lead.Client.CreateStatementAsync("Replayed letter", start);
        var oracle = new AnchorOracle(CodePoints.Count(start));
        var threads = new List<(Guid Id, int Oracle)>();
        for (var i = 0; i < Anchors; i++)
        {
            var from = oracle.Length * i / Anchors;
            var to = Math.Min(oracle.Length, from + 3 + i * 7);
            var thread = await PostAsync(lead.Client, $"/api/statements/{statementId}/threads", new { start = from, end = to, body = $"Comment {i}" });
            threads.Add((thread.Id(), oracle.Anchor(from, to)));
        }

        var editor = factory.Services.GetRequiredService<DraftEditor>();
        var seq = 0L;
        foreach (var (position, deleted, inserted) in patches.Skip(AnchorAfterPatches))
        {
            var op = PatchOp.At(position, deleted, inserted);
            var result = await editor.SubmitAsync(new Submission(statementId, version, "trace", ++seq, op, lead.AuthorId));
            version = result.Version;
            oracle.Patch(position, deleted, CodePoints.Count(inserted));
            if (seq % CheckEvery == 0)
            {
                await AssertAnchorsAsync(lead.Client, statementId, threads, oracle);
            }
        }
        await AssertAnchorsAsync(lead.Client, statementId, threads, oracle);

        using var restarted = new CoDraftFactory(factory.DataDirectory);
        var again = (await restarted.Accounts.SignInAsync(lead.Email)).Client;
        var orphaned = await AssertAnchorsAsync(again, statementId, threads, oracle);
        output.WriteLine($"{seq} ops replayed over {Anchors} anchors; {orphaned} orphaned at the end.");
    }

    private static async Task<int> AssertAnchorsAsync(HttpClient client, Guid statementId, List<(Guid Id, int Oracle)> threads, AnchorOracle oracle)
    {
        var text = (await (await client.GetAsync($"/api/statements/{statementId}")).ReadJsonAsync()).GetProperty("text").GetString()!;
        var listed = (await (await client.GetAsync($"/api/statements/{statementId}/threads")).ReadJsonAsync()).EnumerateArray().ToDictionary(t => t.Id());
        var orphaned = 0;
        foreach (var (id, index) in threads)
        {
            var (start, end, quote, state) = listed[id].Anchor();
            if (oracle.Range(index) is { } expected)
            {
                Assert.Equal(("ok", expected.Start, expected.End), (state, start, end));
                Assert.InRange(end, start + 1, CodePoints.Count(text));
            }
            else
            {
                orphaned++;
                Assert.Equal(("orphaned", start), (state, end));
            }
            Assert.False(string.IsNullOrEmpty(quote));
        }
        return orphaned;
    }

    private static string Replay(IEnumerable<(int Position, int Deleted, string Inserted)> patches)
    {
        var text = new LiveText(string.Empty);
        foreach (var (position, deleted, inserted) in patches)
        {
            text.Apply(text.Resolve(PatchOp.At(position, deleted, inserted)));
        }
        return text.ToString();
    }

    private static List<(int Position, int Deleted, string Inserted)> LoadPatches(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gzip);
        return json.RootElement.GetProperty("txns").EnumerateArray()
            .SelectMany(t => t.GetProperty("patches").EnumerateArray())
            .Select(p => (p[0].GetInt32(), p[1].GetInt32(), p[2].GetString()!))
            .ToList();
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(client, path, body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }
}
