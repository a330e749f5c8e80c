namespace CoDraft.Core.Storage;

/// <summary>
/// A store refused a request because it does not fit the stored data; nothing was written. <see cref="Code"/> is
/// stable, so callers and clients can act on it without parsing the message.
/// </summary>
public sealed class StoreException : Exception
{
    /// <summary>The statement named by the request is not stored.</summary>
    public const string UnknownStatement = "store.unknown_statement";

    /// <summary>A statement with this id is already stored.</summary>
    public const string DuplicateStatement = "store.duplicate_statement";

    /// <summary>A revision with this id is already stored.</summary>
    public const string DuplicateRevision = "store.duplicate_revision";

    /// <summary>A revision was added before the snapshot of its text at the same version.</summary>
    public const string SnapshotMissing = "store.snapshot_missing";

    /// <summary>A person with this email (or id) is already stored.</summary>
    public const string DuplicateEmail = "store.duplicate_email";

    /// <summary>An organisation with this id is already stored.</summary>
    public const string DuplicateOrganisation = "store.duplicate_organisation";

    /// <summary>The person named by the request is not stored.</summary>
    public const string UnknownPerson = "store.unknown_person";

    /// <summary>The organisation named by the request is not stored.</summary>
    public const string UnknownOrganisation = "store.unknown_organisation";

    /// <summary>The person already belongs to an organisation.</summary>
    public const string AlreadyMember = "store.already_member";

    /// <summary>A comment thread or suggestion with this id is already stored.</summary>
    public const string DuplicateReviewItem = "store.duplicate_review_item";

    /// <summary>The stored data was written by a newer CoDraft whose schema this one does not know.</summary>
    public const string SchemaTooNew = "store.schema_too_new";

    /// <summary>Creates the exception with a stable <paramref name="code"/> and a message for people.</summary>
    public StoreException(string code, string message)
        : base(message) => Code = code;

    /// <summary>One of the constants of this class, e.g. <see cref="UnknownStatement"/>.</summary>
    public string Code { get; }
}
