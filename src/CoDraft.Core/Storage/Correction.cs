using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Core.Storage;

/// <summary>
/// A corrected text published after the publication, with its public <see cref="Reason"/>. Corrections of a
/// statement are numbered 1, 2, … in the order they were published; the newest one's text is the public text.
/// </summary>
public sealed record Correction(
    Guid StatementId,
    long Number,
    string Sha256,
    string Text,
    string Reason,
    DateTimeOffset PublishedAt,
    string PublishedBy)
{
    /// <summary>Throws <see cref="ArgumentException"/> unless the hash is that of the text and the number is positive.</summary>
    public void Validate()
    {
        if (TextHash.Sha256(Text) != Sha256)
        {
            throw new ArgumentException("A correction's hash must be the SHA-256 of its text.", nameof(Sha256));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(Number, 1);
        ArgumentException.ThrowIfNullOrEmpty(Reason);
        ArgumentException.ThrowIfNullOrEmpty(PublishedBy);
    }
}

/// <summary>What an original signatory organisation answered when asked to reconfirm after a correction.</summary>
public enum ReconfirmationDecision
{
    /// <summary>The organisation stands behind the corrected text.</summary>
    Reconfirmed,
    /// <summary>The organisation no longer supports the statement as corrected.</summary>
    Withdrawn,
}

/// <summary>An organisation's answer to correction <see cref="CorrectionNumber"/>; a later answer replaces an earlier one.</summary>
public sealed record Reconfirmation(
    Guid StatementId,
    long CorrectionNumber,
    Guid OrganisationId,
    ReconfirmationDecision Decision,
    string PersonId,
    DateTimeOffset At);
