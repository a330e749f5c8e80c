using Microsoft.Data.Sqlite;

namespace CoDraft.Storage.Sqlite;

/// <summary>One-off statements inside the writer's transaction, for the less frequent writes that need no prepared command.</summary>
internal static class SqliteSql
{
    /// <summary>Runs <paramref name="sql"/>; the number of rows it changed.</summary>
    public static int Execute(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs <paramref name="sql"/>; the first column of the first row, or null.</summary>
    public static object? Scalar(SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        return command.ExecuteScalar();
    }

    /// <summary>Runs a query with one <c>$statement</c> parameter inside a read transaction; every row, read by <paramref name="read"/>.</summary>
    public static async Task<List<T>> QueryAsync<T>(
        SqliteTransaction transaction, string sql, string statementId, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$statement", statementId);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    private static SqliteCommand Command(SqliteTransaction transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }
}
