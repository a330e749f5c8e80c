using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

public sealed partial class MongoAccountStore
{
    /// <inheritdoc />
    public async Task<bool> UpdateOrganisationAsync(Organisation organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        context.ThrowIfDisposed();
        var update = Builders<BsonDocument>.Update
            .Set(OrganisationDocuments.Name, organisation.Name)
            .Set(OrganisationDocuments.SortName, OrganisationDocuments.SortKey(organisation.Name))
            .Set(OrganisationDocuments.Country, organisation.Country)
            .Set(OrganisationDocuments.Type, organisation.Type.ToString())
            .Set(OrganisationDocuments.Website, BsonValues.NullableString(organisation.Website));
        var result = await context.Organisations.UpdateOneAsync(OrganisationDocuments.ById(organisation.Id), update, cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The checks and the removal are separate operations (MongoDB has no transaction here without a replica set);
    /// the window is the few milliseconds between them, and a membership that arrives in it names an organisation
    /// that an administrator just chose to remove.
    /// </remarks>
    public async Task<OrganisationRemoval> RemoveOrganisationAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var id = (BsonValue)BsonValues.Id(organisationId);
        if (!await context.Organisations.Find(OrganisationDocuments.ById(organisationId)).Project(OrganisationDocuments.IdOnly).AnyAsync(cancellationToken))
        {
            return OrganisationRemoval.NotFound;
        }
        if (await context.Memberships.Find(MembershipDocuments.OfOrganisation(organisationId)).Limit(1).AnyAsync(cancellationToken))
        {
            return OrganisationRemoval.HasMembers;
        }
        var access = Builders<BsonDocument>.Filter;
        var takesPart = access.Or(
            access.Eq(StatementAccessDocuments.ConveningOrganisationId, id),
            access.AnyEq(StatementAccessDocuments.PartnerOrganisationIds, id),
            access.Eq(StatementAccessDocuments.People + "." + StatementAccessDocuments.OrganisationId, id),
            access.Eq(StatementAccessDocuments.InvitedOrganisationId, id));
        if (await context.AccessDocuments.Find(takesPart).Limit(1).AnyAsync(cancellationToken) ||
            await context.Rounds.Find(access.AnyEq(SignOffRoundDocuments.RequiredOrganisationIds, id)).Limit(1).AnyAsync(cancellationToken))
        {
            return OrganisationRemoval.TakesPart;
        }
        await context.Invitations.DeleteManyAsync(
            access.And(access.Eq(InvitationDocuments.OrganisationId, id), access.Eq(InvitationDocuments.UsedAt, BsonNull.Value)), cancellationToken);
        var deleted = await context.Organisations.DeleteOneAsync(OrganisationDocuments.ById(organisationId), cancellationToken);
        return deleted.DeletedCount == 1 ? OrganisationRemoval.Removed : OrganisationRemoval.NotFound;
    }
}
