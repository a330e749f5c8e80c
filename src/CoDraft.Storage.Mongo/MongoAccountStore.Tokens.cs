using CoDraft.Core.Accounts;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// Access tokens and context.Invitations. Revoking a token and claiming an invitation are each one conditional update of
/// one document, which the server applies atomically, so one of many concurrent callers wins without a transaction.
/// </summary>
public sealed partial class MongoAccountStore
{
    /// <inheritdoc />
    /// <remarks>A token whose id or hash is taken fails with the driver's duplicate key error, as SQLite fails with its constraint error.</remarks>
    public async Task AddAccessTokenAsync(AccessToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        context.ThrowIfDisposed();
        await RequirePersonAsync(token.PersonId, cancellationToken);
        await context.AccessTokens.InsertOneAsync(AccessTokenDocuments.ToBson(token), cancellationToken: cancellationToken);
    }

    /// <inheritdoc />
    public async Task<AccessToken?> FindAccessTokenAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        context.ThrowIfDisposed();
        var found = await context.AccessTokens.Find(AccessTokenDocuments.ByHash(tokenHash)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : AccessTokenDocuments.FromBson(found);
    }

    /// <inheritdoc />
    /// <remarks>Tokens created in the same millisecond come in id order.</remarks>
    public async Task<IReadOnlyList<AccessToken>> ListAccessTokensAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.AccessTokens.Find(AccessTokenDocuments.OfPerson(personId))
            .Sort(AccessTokenDocuments.OldestFirst)
            .ToListAsync(cancellationToken);
        return found.Select(AccessTokenDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> RevokeAccessTokenAsync(Guid personId, Guid tokenId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var result = await context.AccessTokens.UpdateOneAsync(
            AccessTokenDocuments.Unrevoked(personId, tokenId),
            AccessTokenDocuments.Revoke(at),
            cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    /// <inheritdoc />
    /// <remarks>An invitation whose id or hash is taken fails with the driver's duplicate key error, as SQLite fails with its constraint error.</remarks>
    public async Task AddInvitationAsync(Invitation invitation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        context.ThrowIfDisposed();
        await context.Invitations.InsertOneAsync(InvitationDocuments.ToBson(invitation), cancellationToken: cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Invitation?> FindInvitationAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        context.ThrowIfDisposed();
        var found = await context.Invitations.Find(InvitationDocuments.ByHash(tokenHash)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : InvitationDocuments.FromBson(found);
    }

    /// <inheritdoc />
    /// <remarks>
    /// One <c>updateOne</c> filtered on the invitation being unused: when concurrent claims collide on the document,
    /// the server retries the losers, which then no longer match, so exactly one reports a match.
    /// </remarks>
    public async Task<bool> ClaimInvitationAsync(Guid invitationId, Guid personId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var result = await context.Invitations.UpdateOneAsync(
            InvitationDocuments.Unclaimed(invitationId),
            InvitationDocuments.Claim(personId, at),
            cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    /// <inheritdoc />
    public async Task<Invitation?> FindInvitationByIdAsync(Guid id, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Invitations.Find(InvitationDocuments.ById(id)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : InvitationDocuments.FromBson(found);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Invitation>> ListOpenInvitationsOfOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Invitations.Find(InvitationDocuments.OpenOfOrganisation(organisationId)).Sort(InvitationDocuments.OldestFirst).ToListAsync(cancellationToken);
        return found.Select(InvitationDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Invitation>> ListOpenInvitationsOfStatementAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Invitations.Find(InvitationDocuments.OpenOfStatement(statementId)).Sort(InvitationDocuments.OldestFirst).ToListAsync(cancellationToken);
        return found.Select(InvitationDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> ReleaseInvitationAsync(Guid invitationId, Guid personId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var result = await context.Invitations.UpdateOneAsync(InvitationDocuments.ClaimedBy(invitationId, personId), InvitationDocuments.Release, cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    /// <inheritdoc />
    /// <remarks>One conditional <c>updateOne</c>, as claiming: of a revoke and a claim racing, exactly one matches.</remarks>
    public async Task<bool> RevokeInvitationAsync(Guid invitationId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var result = await context.Invitations.UpdateOneAsync(InvitationDocuments.Unclaimed(invitationId), InvitationDocuments.Revoke(at), cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }
}
