namespace CoDraft.Core.Storage;

/// <summary>Requests from organisations to be listed under a published statement, and their moderation.</summary>
public interface ISignOnStore
{
    /// <summary>
    /// Stores a new request (status Pending) unless a pending or approved request of the same statement has the same
    /// <see cref="SignOnRequest.NameKey"/>: then it writes nothing and returns false. The check and the write are
    /// one atomic step.
    /// </summary>
    Task<bool> AddSignOnRequestAsync(SignOnRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Decides a pending request (<paramref name="decision"/> is Approved or Rejected). Returns the decided request,
    /// or null when there is no such request of the statement or it was decided already (nothing is written then).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="decision"/> is Pending.</exception>
    Task<SignOnRequest?> ModerateSignOnRequestAsync(
        Guid statementId, Guid requestId, SignOnStatus decision, string moderatedBy, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>One request of the statement, or null.</summary>
    Task<SignOnRequest?> FindSignOnRequestAsync(Guid statementId, Guid requestId, CancellationToken cancellationToken = default);

    /// <summary>Every request of the statement, oldest first.</summary>
    Task<IReadOnlyList<SignOnRequest>> ListSignOnRequestsAsync(Guid statementId, CancellationToken cancellationToken = default);
}
