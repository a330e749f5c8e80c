namespace CoDraft.Core.Storage;

/// <summary>Corrections of a published statement and the original signatories' reconfirmations of them.</summary>
public interface ICorrectionStore
{
    /// <summary>
    /// Stores <paramref name="correction"/> if the statement is published and the correction's number is the next
    /// one (1 for the first); otherwise writes nothing and returns false. Two corrections never share a number.
    /// </summary>
    /// <exception cref="ArgumentException">The hash is not that of the text, or the number or reason is missing.</exception>
    Task<bool> AddCorrectionAsync(Correction correction, CancellationToken cancellationToken = default);

    /// <summary>The statement's corrections, oldest (number 1) first.</summary>
    Task<IReadOnlyList<Correction>> ListCorrectionsAsync(Guid statementId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores an organisation's answer to a correction, replacing its earlier answer to the same correction.
    /// Returns false, writing nothing, when the statement has no correction of that number.
    /// </summary>
    Task<bool> SetReconfirmationAsync(Reconfirmation reconfirmation, CancellationToken cancellationToken = default);

    /// <summary>Every stored answer of the statement, by correction number, then organisation id.</summary>
    Task<IReadOnlyList<Reconfirmation>> ListReconfirmationsAsync(Guid statementId, CancellationToken cancellationToken = default);
}
