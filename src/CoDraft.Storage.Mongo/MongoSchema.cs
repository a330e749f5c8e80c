using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// The indexes of every collection and the recorded schema version (docs/storage.md). Creating an index that
/// exists with the same keys and options does nothing, so <see cref="EnsureAsync"/> is safe on every start.
/// </summary>
internal static class MongoSchema
{
    /// <summary>Every index the store's queries and arbitration rely on, by collection.</summary>
    public static readonly IReadOnlyList<(string Collection, CreateIndexModel<BsonDocument> Index)> Indexes =
    [
        (StatementDocuments.Collection, StatementDocuments.NewestFirstIndex),
        (OpDocuments.Collection, OpDocuments.VersionIndex),
        (OpDocuments.Collection, OpDocuments.SubmissionIndex),
        (SnapshotDocuments.Collection, SnapshotDocuments.VersionIndex),
        (RevisionDocuments.Collection, RevisionDocuments.OldestFirstIndex),
        (PersonDocuments.Collection, PersonDocuments.EmailIndex),
        (PersonDocuments.Collection, PersonDocuments.AdministratorsIndex),
        (OrganisationDocuments.Collection, OrganisationDocuments.ByNameIndex),
        (MembershipDocuments.Collection, MembershipDocuments.ByOrganisationIndex),
        (AccessTokenDocuments.Collection, AccessTokenDocuments.HashIndex),
        (AccessTokenDocuments.Collection, AccessTokenDocuments.ByPersonIndex),
        (InvitationDocuments.Collection, InvitationDocuments.HashIndex),
        (StatementAccessDocuments.Collection, StatementAccessDocuments.ByPersonIndex),
        (StatementAccessDocuments.Collection, StatementAccessDocuments.ByConveningIndex),
        (StatementAccessDocuments.Collection, StatementAccessDocuments.ByPartnerIndex),
        (StatementAccessDocuments.Collection, StatementAccessDocuments.ByInvitedIndex),
        (InvitationDocuments.Collection, InvitationDocuments.ByOrganisationIndex),
        (InvitationDocuments.Collection, InvitationDocuments.ByStatementIndex),
        // schema 3: lifecycle, sign-off, audit, publication
        (SignOffRoundDocuments.Collection, SignOffRoundDocuments.PositionIndex),
        (AuditDocuments.Collection, AuditDocuments.SequenceIndex),
        (PublicationDocuments.Collection, PublicationDocuments.NewestFirstIndex),
        // schema 3: comments and suggestions
        (CommentThreadDocuments.Collection, CommentThreadDocuments.OldestFirstIndex),
        (SuggestionDocuments.Collection, SuggestionDocuments.OldestFirstIndex),
        // schema 4: publication, sign-ons, corrections
        (PublicSlugDocuments.Collection, PublicSlugDocuments.SlugIndex),
        (SignOnRequestDocuments.Collection, SignOnRequestDocuments.ActiveNameIndex),
        (SignOnRequestDocuments.Collection, SignOnRequestDocuments.OldestFirstIndex),
        (CorrectionDocuments.Collection, CorrectionDocuments.NumberIndex),
        (ReconfirmationDocuments.Collection, ReconfirmationDocuments.AnswerIndex),
    ];

    /// <summary>Refuses data of a newer schema before changing anything, then creates what is missing.</summary>
    public static async Task EnsureAsync(IMongoDatabase database, CancellationToken cancellationToken)
    {
        var meta = database.GetCollection<BsonDocument>(SchemaDocuments.Collection);
        var found = SchemaDocuments.ReadVersion(
            await meta.Find(SchemaDocuments.Schema).FirstOrDefaultAsync(cancellationToken));
        if (found > SchemaDocuments.CurrentVersion)
        {
            throw new StoreException(
                StoreException.SchemaTooNew,
                $"The database has schema version {found}; this CoDraft knows versions up to {SchemaDocuments.CurrentVersion}.");
        }
        foreach (var group in Indexes.GroupBy(i => i.Collection))
        {
            await database.GetCollection<BsonDocument>(group.Key).Indexes
                .CreateManyAsync(group.Select(i => i.Index), cancellationToken);
        }
        try
        {
            await meta.UpdateOneAsync(
                SchemaDocuments.Schema,
                SchemaDocuments.RecordCurrentVersion,
                new UpdateOptions { IsUpsert = true },
                cancellationToken);
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            // Another process inserted the schema document at the same moment; its version is the same or higher.
        }
    }
}
