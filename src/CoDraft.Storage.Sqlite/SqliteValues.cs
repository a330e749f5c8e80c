using System.Globalization;
using System.Text.Json;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using Microsoft.Data.Sqlite;

namespace CoDraft.Storage.Sqlite;

/// <summary>Conversions between records and column values, in the representation <see cref="SqliteSchema"/> describes.</summary>
internal static class SqliteValues
{
    public static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    public static long Time(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static string Json(TextOp op) => JsonSerializer.Serialize(op);

    public static Guid ReadId(SqliteDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal));

    public static DateTimeOffset ReadTime(SqliteDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    /// <summary>Reads the columns <c>id, title, head_version, created_by, created_at, updated_at</c>.</summary>
    public static StatementRecord ReadStatement(SqliteDataReader reader) => new(
        ReadId(reader, 0),
        reader.GetString(1),
        reader.GetInt64(2),
        reader.GetString(3),
        ReadTime(reader, 4),
        ReadTime(reader, 5));

    /// <summary>Reads the columns <c>statement_id, version, op, client_id, seq, author, committed_at</c>.</summary>
    public static CommittedOp ReadOp(SqliteDataReader reader) => new(
        ReadId(reader, 0),
        reader.GetInt64(1),
        JsonSerializer.Deserialize<TextOp>(reader.GetString(2))
            ?? throw new InvalidDataException("A stored op is JSON null."),
        reader.GetString(3),
        reader.GetInt64(4),
        reader.GetString(5),
        ReadTime(reader, 6));

    /// <summary>Reads the columns <c>id, statement_id, version, kind, label, author, created_at, sha256</c>.</summary>
    public static Revision ReadRevision(SqliteDataReader reader) => new(
        ReadId(reader, 0),
        ReadId(reader, 1),
        reader.GetInt64(2),
        Enum.Parse<RevisionKind>(reader.GetString(3)),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.GetString(5),
        ReadTime(reader, 6),
        reader.GetString(7));
}
