namespace CoDraft.Core.Storage;

/// <summary>
/// The readable name of a published statement in its public address (/p/{slug}). A statement keeps the slug it
/// was first given for good, and no two statements share one.
/// </summary>
public interface IPublicSlugStore
{
    /// <summary>
    /// Gives the statement <paramref name="slug"/> unless it has one already. Returns the statement's slug (the
    /// existing one, or <paramref name="slug"/> when it was stored), or null when another statement holds
    /// <paramref name="slug"/> (nothing is written then).
    /// </summary>
    Task<string?> ClaimPublicSlugAsync(Guid statementId, string slug, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The statement's slug, or null.</summary>
    Task<string?> FindPublicSlugAsync(Guid statementId, CancellationToken cancellationToken = default);

    /// <summary>The statement that holds <paramref name="slug"/>, or null.</summary>
    Task<Guid?> FindStatementBySlugAsync(string slug, CancellationToken cancellationToken = default);
}
