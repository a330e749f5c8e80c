using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;
using static CoDraft.Storage.Sqlite.SqliteValues;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// The slug in a published statement's public address: <c>public_slugs</c>. The check and the write it guards run in the
/// writer's one transaction.
/// </summary>
public sealed class SqlitePublicSlugStore(SqliteDatabase database) : IPublicSlugStore
{
    /// <inheritdoc />
    public Task<string?> ClaimPublicSlugAsync(Guid statementId, string slug, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(slug);
        return database.WriteAsync(w => w.InTransaction(t =>
        {
            if (SqliteSql.Scalar(t, "SELECT slug FROM public_slugs WHERE statement_id = $statement;", ("$statement", Id(statementId))) is string existing)
            {
                return existing;
            }
            if (SqliteSql.Scalar(t, "SELECT 1 FROM public_slugs WHERE slug = $slug;", ("$slug", slug)) is not null)
            {
                return null;
            }
            if (SqliteSql.Scalar(t, "SELECT 1 FROM statements WHERE id = $statement;", ("$statement", Id(statementId))) is null)
            {
                throw new StoreException(StoreException.UnknownStatement, $"No statement {statementId}.");
            }
            SqliteSql.Execute(t, "INSERT INTO public_slugs (statement_id, slug, created_at) VALUES ($statement, $slug, $at);",
                ("$statement", Id(statementId)), ("$slug", slug), ("$at", Time(at)));
            return (string?)slug;
        }), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<string?> FindPublicSlugAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        var found = await database.ReadAsync("SELECT slug FROM public_slugs WHERE statement_id = $statement;", r => r.GetString(0),
            [("$statement", Id(statementId))], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public async Task<Guid?> FindStatementBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var found = await database.ReadAsync("SELECT statement_id FROM public_slugs WHERE slug = $slug;", r => ReadId(r, 0),
            [("$slug", slug)], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }
}
