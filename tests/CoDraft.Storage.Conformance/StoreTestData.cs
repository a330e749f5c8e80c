using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;

namespace CoDraft.Storage.Conformance;

/// <summary>
/// Records for the conformance tests. Times are whole milliseconds in UTC, the precision every store keeps, so
/// that a record read back can be compared with the one written.
/// </summary>
public static class StoreTestData
{
    /// <summary>Start of the made-up timeline the tests' records live on.</summary>
    public static readonly DateTimeOffset Epoch = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static long clock;

    /// <summary>A later instant on every call, so that "newest" and "oldest" are never tied.</summary>
    public static DateTimeOffset NextTime() => Epoch.AddSeconds(Interlocked.Increment(ref clock));

    /// <summary>A new statement with an empty log.</summary>
    public static StatementRecord Statement(string title)
    {
        var createdAt = NextTime();
        return new StatementRecord(Guid.NewGuid(), title, 0, "lead@coalition.example", createdAt, createdAt);
    }

    /// <summary>An op at <paramref name="version"/> that inserts <paramref name="text"/> at the start.</summary>
    public static CommittedOp Insert(StatementRecord statement, long version, string text, string clientId = "editor-1", long? seq = null) =>
        Op(statement, version, new TextOp([OpComponent.Insert(text)]), clientId, seq ?? version);

    /// <summary>An op at <paramref name="version"/>, submitted as (<paramref name="clientId"/>, <paramref name="seq"/>).</summary>
    public static CommittedOp Op(StatementRecord statement, long version, TextOp op, string clientId, long seq) =>
        new(statement.Id, version, op, clientId, seq, "editor@partner.example", NextTime());

    /// <summary>A revision of <paramref name="text"/>, which must be stored as a snapshot at <paramref name="version"/>.</summary>
    public static Revision Revision(StatementRecord statement, long version, RevisionKind kind, string? label, string text) =>
        new(Guid.NewGuid(), statement.Id, version, kind, label, "lead@coalition.example", NextTime(), TextHash.Sha256(text));

    /// <summary>A new person with a unique email (the store keeps password hashes opaque, so any string does).</summary>
    public static Person Person(string name = "Amira Haddad", bool administrator = false) =>
        new(Guid.NewGuid(), $"{Guid.NewGuid():N}@partner.example", name, "hash-" + Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"),
            administrator, NextTime());

    /// <summary>A new organisation.</summary>
    public static Organisation Organisation(string name = "Kinderschutz Bund") =>
        new(Guid.NewGuid(), name, "DE", OrganisationType.Ngo, "https://kinderschutz.example", NextTime());

    /// <summary>A token of <paramref name="person"/> that expires a day after it is made.</summary>
    public static AccessToken Token(Person person, string name = "laptop")
    {
        var createdAt = NextTime();
        return new AccessToken(Guid.NewGuid(), person.Id, name, SecretToken.Hash(SecretToken.Create("test_")), createdAt, createdAt.AddDays(1));
    }

    /// <summary>An unused invitation to <paramref name="organisation"/>, optionally to a statement with a role.</summary>
    public static Invitation Invitation(Person by, Organisation organisation, Guid? statementId = null, StatementRole? role = null)
    {
        var createdAt = NextTime();
        return new Invitation(Guid.NewGuid(), SecretToken.Hash(SecretToken.Create("inv_")), $"{Guid.NewGuid():N}@invited.example",
            organisation.Id, false, statementId, role, by.Id, createdAt, createdAt.AddDays(7));
    }

    /// <summary>A new round on <paramref name="text"/> at <paramref name="version"/>, requiring a convening and a partner organisation.</summary>
    public static SignOffRound Round(StatementRecord statement, long version, string text) =>
        new(Guid.NewGuid(), statement.Id, [Guid.NewGuid(), Guid.NewGuid()], null, [new SignOffCandidate(version, TextHash.Sha256(text), NextTime())]);

    /// <summary>A signatory's decision for <paramref name="organisationId"/> about <paramref name="candidate"/>.</summary>
    public static SignOffDecision Decision(Guid organisationId, SignOffCandidate candidate, SignOffDecisionKind kind, string? comment = null) =>
        new(organisationId, Guid.NewGuid().ToString("D"), kind, candidate.Version, candidate.Sha256, comment, NextTime());

    /// <summary>A publication of <paramref name="text"/> at <paramref name="version"/>, public at once.</summary>
    public static Publication Publication(StatementRecord statement, long version, string text) =>
        new(statement.Id, version, TextHash.Sha256(text), text, NextTime(), "lead@coalition.example", null);
}
