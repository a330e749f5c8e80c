using CoDraft.Core.Storage;
using CoDraft.Storage.Conformance;
using Microsoft.Data.Sqlite;

namespace CoDraft.Storage.Sqlite.Tests;

/// <summary>What the embedded store does with its file, beyond what every store does.</summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly List<SqliteDraftStore> stores = [];

    [Fact]
    public async Task File_is_created_where_configured_with_its_missing_directories()
    {
        var path = Path.Combine(directory.Path, "data", "nested", "codraft.db");

        var store = await OpenAsync(path);

        Assert.True(File.Exists(path));
        Assert.Equal(path, store.FilePath);
    }

    [Fact]
    public void Relative_path_is_resolved_against_the_working_directory()
    {
        var store = Track(new SqliteDraftStore(new SqliteStoreOptions { Path = Path.Combine("data", "codraft.db") }));

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "data", "codraft.db"), store.FilePath);
    }

    [Fact]
    public async Task File_is_in_write_ahead_log_mode()
    {
        var path = Path.Combine(directory.Path, "codraft.db");
        await OpenAsync(path);

        Assert.Equal("wal", Query(path, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Schema_is_created_on_first_start_and_a_second_start_is_harmless()
    {
        var path = Path.Combine(directory.Path, "codraft.db");
        var store = await OpenAsync(path);
        var statement = StoreTestData.Statement("Kept across starts");
        await store.CreateStatementAsync(statement);

        await store.InitializeAsync();
        var secondStart = await OpenAsync(path);

        Assert.Equal(5L, Query(path, "PRAGMA user_version;"));
        Assert.Equal(
            "access_tokens,audit_entries,comment_replies,comment_threads,corrections,invitations,memberships,ops,organisations,people,public_slugs," +
            "publications,reconfirmations,revisions,signoff_candidates,signoff_decisions,signoff_required,signoff_rounds,signon_requests,snapshots," +
            "statement_access,statement_lifecycle,statement_partner_invitations,statement_partners,statement_people,statement_signatory_proposals,statements," +
            "suggestions",
            Query(path, "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name);"));
        Assert.Equal(statement, await secondStart.FindStatementAsync(statement.Id));
    }

    [Fact]
    public async Task File_of_schema_version_1_gains_the_account_tables_and_keeps_its_statements()
    {
        var path = Path.Combine(directory.Path, "codraft.db");
        Query(path, """
            CREATE TABLE statements (id TEXT NOT NULL PRIMARY KEY, title TEXT NOT NULL, created_by TEXT NOT NULL,
                created_at INTEGER NOT NULL, head_version INTEGER NOT NULL, updated_at INTEGER NOT NULL);
            INSERT INTO statements VALUES ('6f1c2a4e-8d55-4a4f-9a0e-3b7f6f2d9c11', 'Written by version 1', 'lead', 0, 0, 0);
            PRAGMA user_version = 1;
            """);

        var store = await OpenAsync(path);
        var person = StoreTestData.Person();
        await store.CreatePersonAsync(person);

        Assert.Equal(5L, Query(path, "PRAGMA user_version;"));
        Assert.Equal("Written by version 1", (await store.FindStatementAsync(Guid.Parse("6f1c2a4e-8d55-4a4f-9a0e-3b7f6f2d9c11")))!.Title);
        Assert.Equal(person, await store.FindPersonAsync(person.Id));
    }

    [Fact]
    public async Task File_of_schema_version_2_gains_the_sign_off_tables_and_its_statements_start_in_drafting()
    {
        var path = Path.Combine(directory.Path, "codraft.db");
        Query(path, """
            CREATE TABLE statements (id TEXT NOT NULL PRIMARY KEY, title TEXT NOT NULL, created_by TEXT NOT NULL,
                created_at INTEGER NOT NULL, head_version INTEGER NOT NULL, updated_at INTEGER NOT NULL);
            INSERT INTO statements VALUES ('6f1c2a4e-8d55-4a4f-9a0e-3b7f6f2d9c11', 'Written by version 2', 'lead', 0, 0, 0);
            PRAGMA user_version = 2;
            """);
        var id = Guid.Parse("6f1c2a4e-8d55-4a4f-9a0e-3b7f6f2d9c11");

        var store = await OpenAsync(path);
        var entry = await store.AppendAuditAsync(id, StoreTestData.NextTime(), "lead", "statement.migrated", "{}");

        Assert.Equal(5L, Query(path, "PRAGMA user_version;"));
        Assert.Equal(StatementLifecycle.Initial(id), await store.FindLifecycleAsync(id));
        Assert.Equal([entry], await store.ListAuditAsync(id));
    }

    [Fact]
    public async Task File_of_schema_version_3_gains_the_publication_tables_and_keeps_its_publication()
    {
        var path = Path.Combine(directory.Path, "codraft.db");
        var text = "Published by version 3.";
        Query(path, $"""
            CREATE TABLE statements (id TEXT NOT NULL PRIMARY KEY, title TEXT NOT NULL, created_by TEXT NOT NULL,
                created_at INTEGER NOT NULL, head_version INTEGER NOT NULL, updated_at INTEGER NOT NULL);
            CREATE TABLE publications (statement_id TEXT NOT NULL PRIMARY KEY REFERENCES statements (id), version INTEGER NOT NULL,
                sha256 TEXT NOT NULL, text TEXT NOT NULL, published_at INTEGER NOT NULL, published_by TEXT NOT NULL, public_from INTEGER);
            INSERT INTO statements VALUES ('6f1c2a4e-8d55-4a4f-9a0e-3b7f6f2d9c11', 'Written by version 3', 'lead', 0, 1, 0);
            INSERT INTO publications VALUES ('6f1c2a4e-8d55-4a4f-9a0e-3b7f6f2d9c11', 1, '{CoDraft.Core.Statements.TextHash.Sha256(text)}', '{text}', 0, 'lead', NULL);
            PRAGMA user_version = 3;
            """);
        var id = Guid.Parse("6f1c2a4e-8d55-4a4f-9a0e-3b7f6f2d9c11");

        var store = await OpenAsync(path);
        var slug = await store.ClaimPublicSlugAsync(id, "written-by-version-3", StoreTestData.NextTime());
        var corrected = "Corrected by version 4.";
        var added = await store.AddCorrectionAsync(new Correction(id, 1, CoDraft.Core.Statements.TextHash.Sha256(corrected), corrected, "Typo.", StoreTestData.NextTime(), "lead"));

        Assert.Equal(5L, Query(path, "PRAGMA user_version;"));
        Assert.Equal(text, (await store.FindPublicationAsync(id))!.Text);
        Assert.Equal("written-by-version-3", slug);
        Assert.True(added);
        Assert.Equal(corrected, (await store.ListCorrectionsAsync(id)).Single().Text);
    }

    [Fact]
    public async Task File_of_schema_version_4_keeps_its_invitations_and_can_revoke_them()
    {
        var path = Path.Combine(directory.Path, "codraft.db");
        Query(path, """
            CREATE TABLE invitations (id TEXT NOT NULL PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, email TEXT NOT NULL,
                organisation_id TEXT NOT NULL, organisation_admin INTEGER NOT NULL, statement_id TEXT, role TEXT, created_by TEXT NOT NULL,
                created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_at INTEGER, used_by TEXT);
            INSERT INTO invitations VALUES ('0b5e8c3e-7d1a-4f0e-9a57-2f6d3c4b5a69', 'hash-of-a-v4-link', 'ana@example.org',
                '8a1d2c3b-4e5f-4a6b-9c7d-0e1f2a3b4c5d', 0, NULL, NULL, '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', 0, 4102444800000, NULL, NULL);
            PRAGMA user_version = 4;
            """);
        var id = Guid.Parse("0b5e8c3e-7d1a-4f0e-9a57-2f6d3c4b5a69");

        var store = await OpenAsync(path);
        var before = await store.FindInvitationAsync("hash-of-a-v4-link");
        var revoked = await store.RevokeInvitationAsync(id, StoreTestData.NextTime());

        Assert.Equal(5L, Query(path, "PRAGMA user_version;"));
        Assert.Null(before!.RevokedAt);
        Assert.True(revoked);
        Assert.NotNull((await store.FindInvitationByIdAsync(id))!.RevokedAt);
    }

    [Fact]
    public async Task File_from_a_newer_schema_is_refused_and_left_alone()
    {
        var path = Path.Combine(directory.Path, "codraft.db");
        Query(path, "PRAGMA user_version = 99;");

        var store = Track(new SqliteDraftStore(new SqliteStoreOptions { Path = path }));
        var error = await Assert.ThrowsAsync<StoreException>(() => store.InitializeAsync());

        Assert.Equal(StoreException.SchemaTooNew, error.Code);
        Assert.Equal(99L, Query(path, "PRAGMA user_version;"));
        Assert.Equal("delete", Query(path, "PRAGMA journal_mode;"));
        Assert.Equal(0L, Query(path, "SELECT count(*) FROM sqlite_master;"));
    }

    [Fact]
    public async Task Committed_op_is_in_the_file_when_append_returns()
    {
        var path = Path.Combine(directory.Path, "codraft.db");
        var store = await OpenAsync(path);
        var statement = StoreTestData.Statement("Durable");
        await store.CreateStatementAsync(statement);

        await store.AppendAsync([StoreTestData.Insert(statement, 1, "acked")]);

        Assert.Equal("[\"acked\"]", Query(path, "SELECT op FROM ops;"));
        Assert.Equal(1L, Query(path, "SELECT head_version FROM statements;"));
    }

    [Fact]
    public async Task Reopened_store_sees_data_committed_before_it_was_closed()
    {
        var path = Path.Combine(directory.Path, "codraft.db");
        var first = await OpenAsync(path);
        var statement = StoreTestData.Statement("Survives a restart");
        await first.CreateStatementAsync(statement);
        var op = StoreTestData.Insert(statement, 1, "text");
        await first.AppendAsync([op]);
        await first.DisposeAsync();

        var reopened = await OpenAsync(path);

        Assert.Equal([op], await reopened.ReadOpsAsync(statement.Id, 0, 1));
    }

    [Fact]
    public async Task Store_used_before_initializing_says_so()
    {
        var store = Track(new SqliteDraftStore(new SqliteStoreOptions { Path = Path.Combine(directory.Path, "codraft.db") }));

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ListStatementsAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.CreateStatementAsync(StoreTestData.Statement("Too early")));
    }

    [Fact]
    public void Empty_path_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new SqliteDraftStore(new SqliteStoreOptions { Path = " " }));
    }

    public void Dispose()
    {
        foreach (var store in stores)
        {
            store.Dispose();
        }
        directory.Dispose();
    }

    private async Task<SqliteDraftStore> OpenAsync(string path)
    {
        var store = Track(new SqliteDraftStore(new SqliteStoreOptions { Path = path }));
        await store.InitializeAsync();
        return store;
    }

    private SqliteDraftStore Track(SqliteDraftStore store)
    {
        stores.Add(store);
        return store;
    }

    /// <summary>Runs <paramref name="sql"/> on a connection of its own, as another program reading the file would.</summary>
    private static object? Query(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
