using CoDraft.Core.Storage;
using Microsoft.Data.Sqlite;

namespace CoDraft.Storage.Sqlite;

/// <summary>
/// The tables of the store. <c>PRAGMA user_version</c> holds the schema version, so that a later CoDraft can
/// migrate a file written by this one and this one refuses a file written by a later one.
/// <para>
/// Representation: ids are Guids as lowercase "D" text; times are Unix milliseconds (INTEGER, UTC): compact,
/// ordered, and the precision MongoDB keeps, so both adapters return the same instants. Ops are their JSON form
/// (see <see cref="CoDraft.Core.Text.TextOp"/>). A statement row carries its head version and last change time,
/// updated in the same transaction as the ops, so that reading a statement or checking a version is one row.
/// </para>
/// </summary>
internal static class SqliteSchema
{
    /// <summary>
    /// 2 added people, organisations, memberships, access tokens, invitations and statement access; 3 added the
    /// lifecycle, sign-off rounds, the audit log, publications, comment threads, their replies and suggestions; 4
    /// added public slugs, sign-on requests, corrections and reconfirmations; 5 added organisations invited to take
    /// part, signatory proposals, and the revocation time of invitations.
    /// </summary>
    public const long Version = 5;

    private const string CreateTables = """
        CREATE TABLE IF NOT EXISTS statements (
            id           TEXT    NOT NULL PRIMARY KEY,
            title        TEXT    NOT NULL,
            created_by   TEXT    NOT NULL,
            created_at   INTEGER NOT NULL,
            head_version INTEGER NOT NULL,
            updated_at   INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS statements_newest_first ON statements (created_at DESC);

        CREATE TABLE IF NOT EXISTS ops (
            statement_id TEXT    NOT NULL REFERENCES statements (id),
            version      INTEGER NOT NULL,
            op           TEXT    NOT NULL,
            client_id    TEXT    NOT NULL,
            seq          INTEGER NOT NULL,
            author       TEXT    NOT NULL,
            committed_at INTEGER NOT NULL,
            PRIMARY KEY (statement_id, version),
            UNIQUE (statement_id, client_id, seq)
        );

        CREATE TABLE IF NOT EXISTS snapshots (
            statement_id TEXT    NOT NULL REFERENCES statements (id),
            version      INTEGER NOT NULL,
            text         TEXT    NOT NULL,
            PRIMARY KEY (statement_id, version)
        );

        CREATE TABLE IF NOT EXISTS revisions (
            id           TEXT    NOT NULL PRIMARY KEY,
            statement_id TEXT    NOT NULL,
            version      INTEGER NOT NULL,
            kind         TEXT    NOT NULL,
            label        TEXT,
            author       TEXT    NOT NULL,
            created_at   INTEGER NOT NULL,
            sha256       TEXT    NOT NULL,
            FOREIGN KEY (statement_id, version) REFERENCES snapshots (statement_id, version)
        );
        CREATE INDEX IF NOT EXISTS revisions_oldest_first ON revisions (statement_id, created_at);

        CREATE TABLE IF NOT EXISTS people (
            id              TEXT    NOT NULL PRIMARY KEY,
            email           TEXT    NOT NULL UNIQUE,
            name            TEXT    NOT NULL,
            password_hash   TEXT    NOT NULL,
            security_stamp  TEXT    NOT NULL,
            is_admin        INTEGER NOT NULL,
            created_at      INTEGER NOT NULL,
            failed_sign_ins INTEGER NOT NULL,
            locked_until    INTEGER
        );

        CREATE TABLE IF NOT EXISTS organisations (
            id         TEXT    NOT NULL PRIMARY KEY,
            name       TEXT    NOT NULL,
            country    TEXT    NOT NULL,
            type       TEXT    NOT NULL,
            website    TEXT,
            created_at INTEGER NOT NULL
        );

        CREATE TABLE IF NOT EXISTS memberships (
            person_id       TEXT    NOT NULL PRIMARY KEY REFERENCES people (id),
            organisation_id TEXT    NOT NULL REFERENCES organisations (id),
            is_admin        INTEGER NOT NULL,
            joined_at       INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS memberships_by_organisation ON memberships (organisation_id, joined_at);

        CREATE TABLE IF NOT EXISTS access_tokens (
            id         TEXT    NOT NULL PRIMARY KEY,
            person_id  TEXT    NOT NULL REFERENCES people (id),
            name       TEXT    NOT NULL,
            token_hash TEXT    NOT NULL UNIQUE,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            revoked_at INTEGER
        );
        CREATE INDEX IF NOT EXISTS access_tokens_by_person ON access_tokens (person_id, created_at);

        CREATE TABLE IF NOT EXISTS invitations (
            id                 TEXT    NOT NULL PRIMARY KEY,
            token_hash         TEXT    NOT NULL UNIQUE,
            email              TEXT    NOT NULL,
            organisation_id    TEXT    NOT NULL,
            organisation_admin INTEGER NOT NULL,
            statement_id       TEXT,
            role               TEXT,
            created_by         TEXT    NOT NULL,
            created_at         INTEGER NOT NULL,
            expires_at         INTEGER NOT NULL,
            used_at            INTEGER,
            used_by            TEXT,
            revoked_at         INTEGER
        );

        CREATE TABLE IF NOT EXISTS statement_access (
            statement_id              TEXT    NOT NULL PRIMARY KEY REFERENCES statements (id),
            convening_organisation_id TEXT    NOT NULL,
            revision                  INTEGER NOT NULL
        );

        CREATE TABLE IF NOT EXISTS statement_partners (
            statement_id    TEXT    NOT NULL REFERENCES statement_access (statement_id),
            position        INTEGER NOT NULL,
            organisation_id TEXT    NOT NULL,
            PRIMARY KEY (statement_id, organisation_id)
        );

        CREATE TABLE IF NOT EXISTS statement_people (
            statement_id    TEXT    NOT NULL REFERENCES statement_access (statement_id),
            position        INTEGER NOT NULL,
            person_id       TEXT    NOT NULL,
            organisation_id TEXT    NOT NULL,
            role            TEXT    NOT NULL,
            PRIMARY KEY (statement_id, person_id)
        );
        CREATE INDEX IF NOT EXISTS statement_people_by_person ON statement_people (person_id);

        -- schema 5: the organisation boundary (invited partners, signatory proposals; invitations.revoked_at)
        CREATE TABLE IF NOT EXISTS statement_partner_invitations (
            statement_id    TEXT    NOT NULL REFERENCES statement_access (statement_id),
            position        INTEGER NOT NULL,
            organisation_id TEXT    NOT NULL,
            status          TEXT    NOT NULL,
            invited_by      TEXT    NOT NULL,
            invited_at      INTEGER NOT NULL,
            answered_by     TEXT,
            answered_at     INTEGER,
            PRIMARY KEY (statement_id, organisation_id)
        );
        CREATE INDEX IF NOT EXISTS statement_partner_invitations_by_organisation ON statement_partner_invitations (organisation_id);
        CREATE INDEX IF NOT EXISTS statement_partners_by_organisation ON statement_partners (organisation_id);
        CREATE INDEX IF NOT EXISTS statement_access_by_convening ON statement_access (convening_organisation_id);
        CREATE INDEX IF NOT EXISTS invitations_by_organisation ON invitations (organisation_id);
        CREATE INDEX IF NOT EXISTS invitations_by_statement ON invitations (statement_id);

        CREATE TABLE IF NOT EXISTS statement_signatory_proposals (
            statement_id    TEXT    NOT NULL REFERENCES statement_access (statement_id),
            position        INTEGER NOT NULL,
            person_id       TEXT    NOT NULL,
            organisation_id TEXT    NOT NULL,
            proposed_by     TEXT    NOT NULL,
            proposed_at     INTEGER NOT NULL,
            PRIMARY KEY (statement_id, person_id)
        );

        -- schema 3: lifecycle, sign-off, audit, publication
        CREATE TABLE IF NOT EXISTS statement_lifecycle (
            statement_id TEXT    NOT NULL PRIMARY KEY REFERENCES statements (id),
            state        TEXT    NOT NULL,
            changed_at   INTEGER NOT NULL,
            changed_by   TEXT    NOT NULL
        );

        CREATE TABLE IF NOT EXISTS signoff_rounds (
            id           TEXT    NOT NULL PRIMARY KEY,
            statement_id TEXT    NOT NULL REFERENCES statements (id),
            position     INTEGER NOT NULL,
            deadline     INTEGER,
            opened_at    INTEGER NOT NULL,
            opened_by    TEXT    NOT NULL,
            UNIQUE (statement_id, position)
        );

        CREATE TABLE IF NOT EXISTS signoff_required (
            round_id        TEXT    NOT NULL REFERENCES signoff_rounds (id),
            position        INTEGER NOT NULL,
            organisation_id TEXT    NOT NULL,
            PRIMARY KEY (round_id, organisation_id)
        );

        CREATE TABLE IF NOT EXISTS signoff_candidates (
            round_id  TEXT    NOT NULL REFERENCES signoff_rounds (id),
            position  INTEGER NOT NULL,
            version   INTEGER NOT NULL,
            sha256    TEXT    NOT NULL,
            issued_at INTEGER NOT NULL,
            PRIMARY KEY (round_id, position)
        );

        CREATE TABLE IF NOT EXISTS signoff_decisions (
            round_id          TEXT    NOT NULL REFERENCES signoff_rounds (id),
            position          INTEGER NOT NULL,
            organisation_id   TEXT    NOT NULL,
            person_id         TEXT    NOT NULL,
            kind              TEXT    NOT NULL,
            candidate_version INTEGER NOT NULL,
            candidate_sha256  TEXT    NOT NULL,
            comment           TEXT,
            decided_at        INTEGER NOT NULL,
            PRIMARY KEY (round_id, position)
        );

        CREATE TABLE IF NOT EXISTS audit_entries (
            statement_id  TEXT    NOT NULL REFERENCES statements (id),
            sequence      INTEGER NOT NULL,
            at            INTEGER NOT NULL,
            actor         TEXT    NOT NULL,
            action        TEXT    NOT NULL,
            details       TEXT    NOT NULL,
            previous_hash TEXT    NOT NULL,
            hash          TEXT    NOT NULL,
            PRIMARY KEY (statement_id, sequence)
        );

        CREATE TABLE IF NOT EXISTS publications (
            statement_id TEXT    NOT NULL PRIMARY KEY REFERENCES statements (id),
            version      INTEGER NOT NULL,
            sha256       TEXT    NOT NULL,
            text         TEXT    NOT NULL,
            published_at INTEGER NOT NULL,
            published_by TEXT    NOT NULL,
            public_from  INTEGER
        );
        CREATE INDEX IF NOT EXISTS publications_newest_first ON publications (published_at DESC);
        -- schema 3: comments and suggestions
        CREATE TABLE IF NOT EXISTS comment_threads (
            id              TEXT    NOT NULL PRIMARY KEY,
            statement_id    TEXT    NOT NULL REFERENCES statements (id),
            anchor_start    INTEGER NOT NULL,
            anchor_end      INTEGER NOT NULL,
            quote           TEXT    NOT NULL,
            orphaned        INTEGER NOT NULL,
            anchor_version  INTEGER NOT NULL,
            author_id       TEXT    NOT NULL,
            organisation_id TEXT    NOT NULL,
            body            TEXT    NOT NULL,
            created_at      INTEGER NOT NULL,
            status          TEXT    NOT NULL,
            status_by       TEXT,
            status_at       INTEGER
        );
        CREATE INDEX IF NOT EXISTS comment_threads_oldest_first ON comment_threads (statement_id, created_at);

        CREATE TABLE IF NOT EXISTS comment_replies (
            id              TEXT    NOT NULL PRIMARY KEY,
            thread_id       TEXT    NOT NULL REFERENCES comment_threads (id),
            statement_id    TEXT    NOT NULL,
            author_id       TEXT    NOT NULL,
            organisation_id TEXT    NOT NULL,
            body            TEXT    NOT NULL,
            created_at      INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS comment_replies_oldest_first ON comment_replies (statement_id, created_at);

        CREATE TABLE IF NOT EXISTS suggestions (
            id              TEXT    NOT NULL PRIMARY KEY,
            statement_id    TEXT    NOT NULL REFERENCES statements (id),
            anchor_start    INTEGER NOT NULL,
            anchor_end      INTEGER NOT NULL,
            quote           TEXT    NOT NULL,
            orphaned        INTEGER NOT NULL,
            anchor_version  INTEGER NOT NULL,
            replacement     TEXT    NOT NULL,
            author_id       TEXT    NOT NULL,
            organisation_id TEXT    NOT NULL,
            created_at      INTEGER NOT NULL,
            base_version    INTEGER NOT NULL,
            state           TEXT    NOT NULL,
            decided_by      TEXT,
            decided_at      INTEGER,
            applied_version INTEGER
        );
        CREATE INDEX IF NOT EXISTS suggestions_oldest_first ON suggestions (statement_id, created_at);

        -- schema 4: publication, sign-ons, corrections
        CREATE TABLE IF NOT EXISTS public_slugs (
            statement_id TEXT    NOT NULL PRIMARY KEY REFERENCES statements (id),
            slug         TEXT    NOT NULL UNIQUE,
            created_at   INTEGER NOT NULL
        );

        CREATE TABLE IF NOT EXISTS signon_requests (
            id                TEXT    NOT NULL PRIMARY KEY,
            statement_id      TEXT    NOT NULL REFERENCES statements (id),
            organisation_name TEXT    NOT NULL,
            name_key          TEXT    NOT NULL,
            country           TEXT    NOT NULL,
            type              TEXT    NOT NULL,
            website           TEXT,
            contact_person    TEXT    NOT NULL,
            email             TEXT    NOT NULL,
            consent           INTEGER NOT NULL,
            status            TEXT    NOT NULL,
            requested_at      INTEGER NOT NULL,
            moderated_by      TEXT,
            moderated_at      INTEGER
        );
        CREATE INDEX IF NOT EXISTS signon_requests_oldest_first ON signon_requests (statement_id, requested_at);
        CREATE UNIQUE INDEX IF NOT EXISTS signon_requests_name_unique ON signon_requests (statement_id, name_key)
            WHERE status <> 'Rejected';

        CREATE TABLE IF NOT EXISTS corrections (
            statement_id TEXT    NOT NULL REFERENCES publications (statement_id),
            number       INTEGER NOT NULL,
            sha256       TEXT    NOT NULL,
            text         TEXT    NOT NULL,
            reason       TEXT    NOT NULL,
            published_at INTEGER NOT NULL,
            published_by TEXT    NOT NULL,
            PRIMARY KEY (statement_id, number)
        );

        CREATE TABLE IF NOT EXISTS reconfirmations (
            statement_id      TEXT    NOT NULL,
            correction_number INTEGER NOT NULL,
            organisation_id   TEXT    NOT NULL,
            decision          TEXT    NOT NULL,
            person_id         TEXT    NOT NULL,
            at                INTEGER NOT NULL,
            PRIMARY KEY (statement_id, correction_number, organisation_id),
            FOREIGN KEY (statement_id, correction_number) REFERENCES corrections (statement_id, number)
        );
        """;

    /// <summary>Refuses a file from a newer schema, before anything (even the journal mode) is changed in it.</summary>
    public static void ThrowIfTooNew(SqliteConnection connection)
    {
        var found = Found(connection, transaction: null);
        if (found > Version)
        {
            throw new StoreException(
                StoreException.SchemaTooNew,
                $"The database has schema version {found}; this CoDraft knows versions up to {Version}.");
        }
    }

    /// <summary>Creates the tables the file lacks: all of them in a new file, the newer ones in a file of an older version.</summary>
    public static void Ensure(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        if (Found(connection, transaction) < Version)
        {
            Scalar(connection, transaction, CreateTables);
            // Tables a file already has are not created again: columns added to them later are added here.
            if ((long)Scalar(connection, transaction, "SELECT COUNT(*) FROM pragma_table_info('invitations') WHERE name = 'revoked_at';")! == 0)
            {
                Scalar(connection, transaction, "ALTER TABLE invitations ADD COLUMN revoked_at INTEGER;");
            }
            Scalar(connection, transaction, $"PRAGMA user_version = {Version};");
        }
        transaction.Commit();
    }

    private static long Found(SqliteConnection connection, SqliteTransaction? transaction) =>
        (long)Scalar(connection, transaction, "PRAGMA user_version;")!;

    private static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
