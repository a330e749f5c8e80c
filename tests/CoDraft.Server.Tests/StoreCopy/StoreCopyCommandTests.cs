using System.Diagnostics;
using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using CoDraft.StoreCopy;
using CoDraft.Server.StoreCopy;
using CoDraft.Storage.Conformance;
using CoDraft.Storage.Sqlite;
using Xunit.Abstractions;

namespace CoDraft.Server.Tests.StoreCopy;

/// <summary><c>store copy</c> between real SQLite files, as an operator runs it.</summary>
public sealed class StoreCopyCommandTests(ITestOutputHelper log) : IDisposable
{
    private readonly string folder = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "codraft-store-copy", Guid.NewGuid().ToString("N"))).FullName;

    private string SourcePath => Path.Combine(folder, "source.db");

    private string TargetPath => Path.Combine(folder, "target.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Copy_to_a_new_file_keeps_every_record_and_the_target_carries_on_editing()
    {
        var sample = await FillSourceAsync();

        var run = await CopyAsync($"sqlite:{SourcePath}", $"sqlite:{TargetPath}");

        log.WriteLine(run.Text);
        Assert.True(run.ExitCode == 0, run.Text);
        Assert.Contains("Verified: the target holds everything the source holds, identical.", run.Output);
        Assert.Matches($@"{sample.Letter.Id} v{StoreSample.LetterOps} {StoreSample.LetterOps} ops", run.Output);
        await using var source = await OpenAsync(SourcePath);
        await using var target = await OpenAsync(TargetPath);
        Assert.Equal(await source.ListStatementsAsync(), await target.ListStatementsAsync());
        Assert.Equal(await source.ReadOpsAsync(sample.Letter.Id, 0, long.MaxValue), await target.ReadOpsAsync(sample.Letter.Id, 0, long.MaxValue));
        Assert.Equal(await source.ListRevisionsAsync(sample.Letter.Id), await target.ListRevisionsAsync(sample.Letter.Id));
        Assert.Equal(sample.Lead, await target.FindPersonByEmailAsync(sample.Lead.Email));
        Assert.NotNull((await target.ListAccessTokensAsync(sample.Lead.Id)).Single(t => t.Id == sample.RevokedToken.Id).RevokedAt);
        Assert.Equal(sample.UsedInvitation, await target.FindInvitationAsync(sample.UsedInvitation.TokenHash));
        Assert.True((await target.FindMembershipAsync(sample.Lead.Id))!.IsOrganisationAdmin);
        var access = (await target.FindStatementAccessAsync(sample.Letter.Id))!;
        Assert.Equal(3, access.Revision);
        Assert.Equal(StatementRole.Editor, access.People.Last().Role);
        Assert.Equal(sample.LetterText, StoreSample.TextAt(await target.ReadOpsAsync(sample.Letter.Id, 0, long.MaxValue)));
        Assert.Equal(
            await StoreKinds.Export(source).ListSnapshotsAsync(sample.Letter.Id),
            await StoreKinds.Export(target).ListSnapshotsAsync(sample.Letter.Id));

        var next = new CommittedOp(sample.Letter.Id, StoreSample.LetterOps + 1, Core.Text.TextDiff.ToOp(sample.LetterText, sample.LetterText + "Ende."),
            "after-copy", 1, "lead@coalition.example", DateTimeOffset.UtcNow);
        Assert.Equal(AppendStatus.Committed, (await target.AppendAsync([next])).Status);
    }

    [Fact]
    public async Task Running_the_copy_twice_copies_nothing_more_and_still_verifies()
    {
        await FillSourceAsync();
        Assert.Equal(0, (await CopyAsync($"sqlite:{SourcePath}", $"sqlite:{TargetPath}")).ExitCode);

        var second = await CopyAsync($"--from=sqlite:{SourcePath}", $"--to=sqlite:{TargetPath}", optionsGiven: true);

        Assert.True(second.ExitCode == 0, second.Text);
        Assert.Matches(@"(?m)^ops\s+40\s+0\s+40$", second.Output);
        Assert.Matches(@"(?m)^people\s+3\s+0\s+3$", second.Output);
        Assert.Contains("Verified:", second.Output);
        await using var target = await OpenAsync(TargetPath);
        Assert.Equal(3, (await StoreKinds.Export(target).ListPeopleAsync()).Count);
        Assert.Equal(3, (await target.ListStatementsAsync()).Count);
    }

    [Fact]
    public async Task A_second_copy_after_more_editing_brings_the_target_up_to_date()
    {
        var sample = await FillSourceAsync();
        Assert.Equal(0, (await CopyAsync($"sqlite:{SourcePath}", $"sqlite:{TargetPath}")).ExitCode);
        await using (var source = await OpenAsync(SourcePath))
        {
            var op = new CommittedOp(sample.Letter.Id, StoreSample.LetterOps + 1, Core.Text.TextDiff.ToOp(sample.LetterText, "Neu: " + sample.LetterText),
                "late-editor", 1, "editor@partner.example", DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            Assert.Equal(AppendStatus.Committed, (await source.AppendAsync([op])).Status);
        }

        var again = await CopyAsync($"sqlite:{SourcePath}", $"sqlite:{TargetPath}");

        Assert.True(again.ExitCode == 0, again.Text);
        Assert.Matches(@"(?m)^ops\s+41\s+1\s+40$", again.Output);
        await using var target = await OpenAsync(TargetPath);
        Assert.Equal(StoreSample.LetterOps + 1, (await target.FindStatementAsync(sample.Letter.Id))!.Version);
        Assert.StartsWith("Neu: ", StoreSample.TextAt(await target.ReadOpsAsync(sample.Letter.Id, 0, long.MaxValue)));
    }

    [Fact]
    public async Task A_target_holding_different_data_under_the_same_ids_is_refused_and_left_unchanged()
    {
        var sample = await FillSourceAsync();
        Person other;
        await using (var source = await OpenAsync(SourcePath))
        {
            other = (await StoreKinds.Export(source).ListPeopleAsync()).First(p => p.Id != sample.Lead.Id);
        }
        await using (var target = await OpenAsync(TargetPath))
        {
            await target.CreatePersonAsync(sample.Lead with { Name = "Someone Else" });
            await target.CreatePersonAsync(StoreTestData.Person("Namesake") with { Email = other.Email });
        }

        var run = await CopyAsync($"sqlite:{SourcePath}", $"sqlite:{TargetPath}");

        Assert.Equal(StoreCopyCommand.Failed, run.ExitCode);
        Assert.Contains("Refused: the target holds 2 record(s) that differ from the source's. Nothing was written.", run.Output);
        Assert.Contains($"conflict: people {sample.Lead.Id}: the target holds it with different Name", run.Output);
        Assert.Contains("the target holds another record with the same email", run.Output);
        Assert.DoesNotContain(sample.Lead.PasswordHash, run.Text);
        await using var unchanged = await OpenAsync(TargetPath);
        Assert.Empty(await unchanged.ListStatementsAsync());
        Assert.Empty(await unchanged.ListOrganisationsAsync());
    }

    [Fact]
    public async Task A_target_with_an_edit_the_source_lacks_fails_with_the_statement_named()
    {
        var sample = await FillSourceAsync();
        Assert.Equal(0, (await CopyAsync($"sqlite:{SourcePath}", $"sqlite:{TargetPath}")).ExitCode);
        await using (var target = await OpenAsync(TargetPath))
        {
            var op = new CommittedOp(sample.Letter.Id, StoreSample.LetterOps + 1, Core.Text.TextDiff.ToOp(sample.LetterText, sample.LetterText + "!"),
                "target-only", 1, "someone@partner.example", DateTimeOffset.UtcNow);
            Assert.Equal(AppendStatus.Committed, (await target.AppendAsync([op])).Status);
        }

        var run = await CopyAsync($"sqlite:{SourcePath}", $"sqlite:{TargetPath}");

        Assert.Equal(StoreCopyCommand.Failed, run.ExitCode);
        Assert.Contains($"DIFFERS at {sample.Letter.Id}", run.Output);
        Assert.Contains($"DIFFERS in the target: v{StoreSample.LetterOps + 1} {StoreSample.LetterOps + 1} ops", run.Output);
        Assert.Contains("Verification FAILED", run.Output);
    }

    [Theory]
    [InlineData("postgres://db/codraft", "sqlite:x.db", "--from must start with sqlite: or mongo: (got 'postgres')")]
    [InlineData("sqlite:", "sqlite:x.db", "--from sqlite: needs a file path")]
    [InlineData("sqlite:does-not-exist.db", "sqlite:x.db", "--from: there is no SQLite file at")]
    [InlineData("sqlite:SOURCE", "", "--to is missing")]
    [InlineData("sqlite:SOURCE", "sqlite:SOURCE", "--from and --to name the same SQLite file.")]
    [InlineData("sqlite:SOURCE", "mongo:mongodb://copier:s3cret-word@", "--to mongo: the connection string is not valid")]
    public async Task A_bad_store_argument_is_a_usage_error_that_says_what_is_wrong(string from, string to, string message)
    {
        await FillSourceAsync();

        var run = await CopyAsync(from.Replace("SOURCE", SourcePath), to.Replace("SOURCE", SourcePath));

        Assert.Equal(StoreCopyCommand.Usage, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.DoesNotContain("s3cret-word", run.Text);
        Assert.False(File.Exists(Path.Combine(folder, "x.db")));
    }

    [Fact]
    public async Task An_unreachable_mongo_target_fails_naming_its_host_but_never_its_password()
    {
        await FillSourceAsync();
        var clock = Stopwatch.StartNew();

        var run = await CopyAsync($"sqlite:{SourcePath}", "mongo:mongodb://copier:s3cret-word@127.0.0.1:1/coalition");

        Assert.Equal(StoreCopyCommand.Failed, run.ExitCode);
        Assert.Contains("mongo: 127.0.0.1:1, database coalition", run.Output);
        Assert.Contains("Failed while opening the target: No MongoDB server answered at 127.0.0.1:1", run.Error);
        Assert.DoesNotContain("s3cret-word", run.Text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [SkippableFact]
    public async Task Sqlite_to_mongo_and_back_to_sqlite_keeps_everything()
    {
        var mongo = Environment.GetEnvironmentVariable("CODRAFT_TEST_MONGO");
        Skip.If(string.IsNullOrWhiteSpace(mongo), "MongoDB suite skipped: no server (set CODRAFT_TEST_MONGO)");
        var sample = await FillSourceAsync();
        var url = new MongoDB.Driver.MongoUrlBuilder(mongo) { DatabaseName = $"codraft_copy_{Guid.NewGuid():N}" }.ToString();

        Assert.Equal(0, (await CopyAsync($"sqlite:{SourcePath}", $"mongo:{url}")).ExitCode);
        var back = await CopyAsync($"mongo:{url}", $"sqlite:{TargetPath}");

        Assert.True(back.ExitCode == 0, back.Text);
        await using var target = await OpenAsync(TargetPath);
        Assert.Equal(sample.Letter, await target.FindStatementAsync(sample.Letter.Id));
    }

    private async Task<StoreSample> FillSourceAsync()
    {
        await using var store = await OpenAsync(SourcePath);
        return await StoreSample.FillAsync(store);
    }

    private static async Task<SqliteDraftStore> OpenAsync(string path)
    {
        var store = new SqliteDraftStore(new SqliteStoreOptions { Path = path });
        await store.InitializeAsync();
        return store;
    }

    private static async Task<Run> CopyAsync(string from, string to, bool optionsGiven = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = optionsGiven ? ["store", "copy", from, to] : ["store", "copy", "--from", from, "--to", to];
        var code = await StoreCopyCommand.RunAsync(args, output, error);
        return new Run(code, output.ToString(), error.ToString());
    }

    private sealed record Run(int ExitCode, string Output, string Error)
    {
        public string Text => Output + Error;
    }
}
