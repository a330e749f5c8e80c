using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>
/// People, organisations and context.Memberships. Every refusal the port promises comes from a unique index (<c>_id</c>,
/// the email, one membership per person) or from a look-up before the one write, so no change needs a transaction.
/// </summary>
public sealed partial class MongoAccountStore(MongoStoreContext context) : IAccountStore
{
    /// <inheritdoc />
    /// <remarks>The id and the email are both unique indexes; a clash on either is reported as a duplicate email, as SQLite does.</remarks>
    public async Task CreatePersonAsync(Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        context.ThrowIfDisposed();
        try
        {
            await context.People.InsertOneAsync(PersonDocuments.ToBson(person), cancellationToken: cancellationToken);
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            throw new StoreException(StoreException.DuplicateEmail, "A person with this email already exists.");
        }
    }

    /// <inheritdoc />
    public async Task<Person?> FindPersonAsync(Guid id, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.People.Find(PersonDocuments.ById(id)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : PersonDocuments.FromBson(found);
    }

    /// <inheritdoc />
    public async Task<Person?> FindPersonByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        context.ThrowIfDisposed();
        var found = await context.People.Find(PersonDocuments.ByEmail(email)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : PersonDocuments.FromBson(found);
    }

    /// <inheritdoc />
    public async Task UpdatePersonAsync(Person person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        context.ThrowIfDisposed();
        var result = await context.People.UpdateOneAsync(
            PersonDocuments.ById(person.Id), PersonDocuments.Replace(person), cancellationToken: cancellationToken);
        if (result.MatchedCount == 0)
        {
            throw UnknownPerson(person.Id);
        }
    }

    /// <inheritdoc />
    public async Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        return await context.People.Find(PersonDocuments.Administrators).Project(PersonDocuments.IdOnly).Limit(1).AnyAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task CreateOrganisationAsync(Organisation organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        context.ThrowIfDisposed();
        try
        {
            await context.Organisations.InsertOneAsync(OrganisationDocuments.ToBson(organisation), cancellationToken: cancellationToken);
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            throw new StoreException(StoreException.DuplicateOrganisation, $"Organisation {organisation.Id} already exists.");
        }
    }

    /// <inheritdoc />
    public async Task<Organisation?> FindOrganisationAsync(Guid id, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Organisations.Find(OrganisationDocuments.ById(id)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : OrganisationDocuments.FromBson(found);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Case is folded by invariant lower case, in every script (SQLite folds ASCII only); names equal but for case
    /// come in creation order.
    /// </remarks>
    public async Task<IReadOnlyList<Organisation>> ListOrganisationsAsync(CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Organisations.Find(FilterDefinition<BsonDocument>.Empty)
            .Sort(OrganisationDocuments.ByName)
            .ToListAsync(cancellationToken);
        return found.Select(OrganisationDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    /// <remarks>The checks run in the SQLite adapter's order: person, organisation, then an existing membership.</remarks>
    public async Task AddMembershipAsync(Membership membership, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membership);
        context.ThrowIfDisposed();
        await RequirePersonAsync(membership.PersonId, cancellationToken);
        if (!await context.Organisations.Find(OrganisationDocuments.ById(membership.OrganisationId))
                .Project(OrganisationDocuments.IdOnly).AnyAsync(cancellationToken))
        {
            throw new StoreException(StoreException.UnknownOrganisation, $"Organisation {membership.OrganisationId} does not exist.");
        }
        try
        {
            await context.Memberships.InsertOneAsync(MembershipDocuments.ToBson(membership), cancellationToken: cancellationToken);
        }
        catch (MongoException error) when (MongoErrors.IsDuplicateKey(error))
        {
            throw new StoreException(StoreException.AlreadyMember, "The person already belongs to an organisation.");
        }
    }

    /// <inheritdoc />
    public async Task<Membership?> FindMembershipAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Memberships.Find(MembershipDocuments.OfPerson(personId)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : MembershipDocuments.FromBson(found);
    }

    /// <inheritdoc />
    /// <remarks>Members who joined in the same millisecond come in person id order.</remarks>
    public async Task<IReadOnlyList<Membership>> ListMembersAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Memberships.Find(MembershipDocuments.OfOrganisation(organisationId))
            .Sort(MembershipDocuments.InJoiningOrder)
            .ToListAsync(cancellationToken);
        return found.Select(MembershipDocuments.FromBson).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> SetOrganisationAdminAsync(
        Guid organisationId, Guid personId, bool isAdmin, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var result = await context.Memberships.UpdateOneAsync(
            MembershipDocuments.Member(organisationId, personId),
            MembershipDocuments.SetAdmin(isAdmin),
            cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    /// <inheritdoc />
    public async Task<bool> RemoveMembershipAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var result = await context.Memberships.DeleteOneAsync(MembershipDocuments.Member(organisationId, personId), cancellationToken);
        return result.DeletedCount == 1;
    }

    private async Task RequirePersonAsync(Guid personId, CancellationToken cancellationToken)
    {
        if (!await context.People.Find(PersonDocuments.ById(personId)).Project(PersonDocuments.IdOnly).AnyAsync(cancellationToken))
        {
            throw UnknownPerson(personId);
        }
    }

    private static StoreException UnknownPerson(Guid personId) =>
        new(StoreException.UnknownPerson, $"Person {personId} does not exist.");
}
