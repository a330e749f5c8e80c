using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// Statement access, one document per statement changed by optimistic concurrency: the first save inserts revision 1
/// (a second first save fails on <c>_id</c>), every later one replaces the document only while its revision is the
/// expected one. Either is a single atomic write, so of concurrent saves on one revision exactly one goes through.
/// </summary>
public sealed class MongoStatementAccessStore(MongoStoreContext context) : IStatementAccessStore
{
    /// <inheritdoc />
    public async Task<bool> SaveStatementAccessAsync(StatementAccess access, long expectedRevision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        context.ThrowIfDisposed();
        _ = await context.FindHeadAsync(access.StatementId, cancellationToken) ?? throw MongoStoreContext.UnknownStatement(access.StatementId);
        var document = StatementAccessDocuments.ToBson(access, expectedRevision + 1);
        if (expectedRevision == 0)
        {
            try
            {
                await context.AccessDocuments.InsertOneAsync(document, cancellationToken: cancellationToken);
                return true;
            }
            catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
            {
                return false;
            }
        }
        var result = await context.AccessDocuments.ReplaceOneAsync(
            StatementAccessDocuments.AtRevision(access.StatementId, expectedRevision), document, cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    /// <inheritdoc />
    public async Task<StatementAccess?> FindStatementAccessAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.AccessDocuments.Find(StatementAccessDocuments.ById(statementId)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : StatementAccessDocuments.FromBson(found);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Guid>> ListStatementsOfPersonAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.AccessDocuments.Find(StatementAccessDocuments.WithPerson(personId))
            .Project(StatementAccessDocuments.IdOnly)
            .ToListAsync(cancellationToken);
        return found.Select(d => BsonValues.ReadId(d, StatementAccessDocuments.StatementId)).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Guid>> ListStatementsOfOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.AccessDocuments.Find(StatementAccessDocuments.WithOrganisation(organisationId))
            .Project(StatementAccessDocuments.IdOnly)
            .ToListAsync(cancellationToken);
        return found.Select(d => BsonValues.ReadId(d, StatementAccessDocuments.StatementId)).ToList();
    }
}
