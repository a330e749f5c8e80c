using System.Globalization;
using System.Text.Json;
using CoDraft.Core.Accounts;
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

    public static object? Id(Guid? id) => id is { } value ? Id(value) : null;

    public static object? Time(DateTimeOffset? time) => time is { } value ? Time(value) : null;

    public static long Flag(bool value) => value ? 1 : 0;

    public static Guid? ReadOptionalId(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadId(reader, ordinal);

    public static DateTimeOffset? ReadOptionalTime(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadTime(reader, ordinal);

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
        TextOpJsonConverter.Parse(reader.GetString(2)),
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

    public const string PersonColumns = "id, email, name, password_hash, security_stamp, is_admin, created_at, failed_sign_ins, locked_until";

    public static Person ReadPerson(SqliteDataReader reader) => new(
        ReadId(reader, 0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetInt64(5) != 0,
        ReadTime(reader, 6),
        reader.GetInt32(7),
        ReadOptionalTime(reader, 8));

    public const string OrganisationColumns = "id, name, country, type, website, created_at";

    public static Organisation ReadOrganisation(SqliteDataReader reader) => new(
        ReadId(reader, 0),
        reader.GetString(1),
        reader.GetString(2),
        Enum.Parse<OrganisationType>(reader.GetString(3)),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        ReadTime(reader, 5));

    public const string MembershipColumns = "organisation_id, person_id, is_admin, joined_at";

    public static Membership ReadMembership(SqliteDataReader reader) => new(
        ReadId(reader, 0),
        ReadId(reader, 1),
        reader.GetInt64(2) != 0,
        ReadTime(reader, 3));

    public const string AccessTokenColumns = "id, person_id, name, token_hash, created_at, expires_at, revoked_at";

    public static AccessToken ReadAccessToken(SqliteDataReader reader) => new(
        ReadId(reader, 0),
        ReadId(reader, 1),
        reader.GetString(2),
        reader.GetString(3),
        ReadTime(reader, 4),
        ReadTime(reader, 5),
        ReadOptionalTime(reader, 6));

    public const string InvitationColumns =
        "id, token_hash, email, organisation_id, organisation_admin, statement_id, role, created_by, created_at, expires_at, used_at, used_by, revoked_at";

    public static Invitation ReadInvitation(SqliteDataReader reader) => new(
        ReadId(reader, 0),
        reader.GetString(1),
        reader.GetString(2),
        ReadId(reader, 3),
        reader.GetInt64(4) != 0,
        ReadOptionalId(reader, 5),
        reader.IsDBNull(6) ? null : Enum.Parse<StatementRole>(reader.GetString(6)),
        ReadId(reader, 7),
        ReadTime(reader, 8),
        ReadTime(reader, 9),
        ReadOptionalTime(reader, 10),
        ReadOptionalId(reader, 11),
        ReadOptionalTime(reader, 12));
}
