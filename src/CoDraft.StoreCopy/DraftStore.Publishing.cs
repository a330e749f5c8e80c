using CoDraft.Core.Accounts;
using CoDraft.Core.Audit;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Review;
using CoDraft.Core.Storage;

namespace CoDraft.StoreCopy;

/// <summary>The calls of publishing: publications, public slugs, sign-on requests and corrections.</summary>
public abstract partial class DraftStore
{
    /// <inheritdoc />
    public Task<PublishOutcome> PublishAsync(Publication publication, CancellationToken cancellationToken = default) =>
        publications.PublishAsync(publication, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetPublicFromAsync(Guid statementId, DateTimeOffset publicFrom, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        publications.SetPublicFromAsync(statementId, publicFrom, now, cancellationToken);

    /// <inheritdoc />
    public Task<Publication?> FindPublicationAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        publications.FindPublicationAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Publication>> ListPublicationsAsync(CancellationToken cancellationToken = default) =>
        publications.ListPublicationsAsync(cancellationToken);

    /// <inheritdoc />
    public Task<string?> ClaimPublicSlugAsync(Guid statementId, string slug, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        publicSlugs.ClaimPublicSlugAsync(statementId, slug, at, cancellationToken);

    /// <inheritdoc />
    public Task<string?> FindPublicSlugAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        publicSlugs.FindPublicSlugAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<Guid?> FindStatementBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        publicSlugs.FindStatementBySlugAsync(slug, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddSignOnRequestAsync(SignOnRequest request, CancellationToken cancellationToken = default) =>
        signOns.AddSignOnRequestAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task<SignOnRequest?> ModerateSignOnRequestAsync( Guid statementId, Guid requestId, SignOnStatus decision, string moderatedBy, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        signOns.ModerateSignOnRequestAsync(statementId, requestId, decision, moderatedBy, at, cancellationToken);

    /// <inheritdoc />
    public Task<SignOnRequest?> FindSignOnRequestAsync(Guid statementId, Guid requestId, CancellationToken cancellationToken = default) =>
        signOns.FindSignOnRequestAsync(statementId, requestId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SignOnRequest>> ListSignOnRequestsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        signOns.ListSignOnRequestsAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> AddCorrectionAsync(Correction correction, CancellationToken cancellationToken = default) =>
        corrections.AddCorrectionAsync(correction, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Correction>> ListCorrectionsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        corrections.ListCorrectionsAsync(statementId, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SetReconfirmationAsync(Reconfirmation reconfirmation, CancellationToken cancellationToken = default) =>
        corrections.SetReconfirmationAsync(reconfirmation, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Reconfirmation>> ListReconfirmationsAsync(Guid statementId, CancellationToken cancellationToken = default) =>
        corrections.ListReconfirmationsAsync(statementId, cancellationToken);
}
