using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Publishing;
using CoDraft.Core.Storage;

using CoDraft.Server.Auth;
using CoDraft.Server.Publishing;

namespace CoDraft.Server.Partnerships;

/// <summary>
/// Creates, renames and removes organisations. Names are unique by the key the sign-on form already compares them
/// by (<see cref="OrganisationName.Normalise"/>): "Kinderschutz Bund" and "kinderschutz bund e.V." are one name.
/// The key is checked here rather than by a unique index because stores made before this rule may hold such pairs,
/// and they must still open; creations and renames in this process take turns so that two cannot pass the check at once.
/// </summary>
public sealed class OrganisationService(IAccountStore store, TimeProvider clock, PublicContentChanges publicContent)
{
    private readonly SemaphoreSlim naming = new(1, 1);

    /// <summary>A new organisation, created by one of CoDraft's administrators, after checking every field and that its name is free.</summary>
    public Task<Organisation> CreateAsync(ICurrentPerson me, OrganisationFieldsInput input, CancellationToken ct)
    {
        if (!me.IsAdministrator)
        {
            throw new CoDraftException(ErrorCodes.AccessForbidden, "Only administrators create organisations.");
        }
        return UnderNamingAsync(async () =>
        {
            var organisation = Validated(Guid.NewGuid(), input, clock.GetUtcNow());
            await RequireNameFreeAsync(organisation, ct);
            await store.CreateOrganisationAsync(organisation, ct);
            return organisation;
        }, ct);
    }

    /// <summary>
    /// Changes an organisation's name, country, type and website (its administrators, or CoDraft's); its id and
    /// creation time stay.
    /// </summary>
    public async Task<Organisation> UpdateAsync(ICurrentPerson me, Guid organisationId, OrganisationFieldsInput input, CancellationToken ct)
    {
        await RequireManagerAsync(me, organisationId, ct);
        return await UnderNamingAsync(async () =>
        {
            var current = await store.FindOrganisationAsync(organisationId, ct) ?? throw NotFound();
            var changed = Validated(organisationId, input, current.CreatedAt);
            await RequireNameFreeAsync(changed, ct);
            if (!await store.UpdateOrganisationAsync(changed, ct))
            {
                throw NotFound();
            }
            // Signatories are listed under their organisation's current name, country, type and website.
            publicContent.Changed(null);
            return changed;
        }, ct);
    }

    /// <summary>Removes an organisation that has no members and takes part in no statement (CoDraft's administrators).</summary>
    public async Task RemoveAsync(ICurrentPerson me, Guid organisationId, CancellationToken ct)
    {
        if (!me.IsAdministrator)
        {
            throw new CoDraftException(ErrorCodes.AccessForbidden, "Only administrators remove organisations.");
        }
        switch (await store.RemoveOrganisationAsync(organisationId, ct))
        {
            case OrganisationRemoval.Removed:
                return;
            case OrganisationRemoval.NotFound:
                throw NotFound();
            case OrganisationRemoval.HasMembers:
                throw new CoDraftException(ErrorCodes.OrganisationInUse, "The organisation has members; remove them first.");
            default:
                throw new CoDraftException(ErrorCodes.OrganisationInUse, "The organisation takes part in a statement, so it stays on record.");
        }
    }

    /// <summary>
    /// Refuses unless <paramref name="me"/> administers CoDraft or this organisation
    /// (<see cref="OrganisationAdministration.MayManage"/>); refused as not found when there is no such organisation.
    /// </summary>
    public async Task RequireManagerAsync(ICurrentPerson me, Guid organisationId, CancellationToken ct)
    {
        _ = await store.FindOrganisationAsync(organisationId, ct) ?? throw NotFound();
        var membership = me.IsAdministrator ? null : await store.FindMembershipAsync(me.Id, ct);
        if (!OrganisationAdministration.MayManage(me.IsAdministrator, membership, organisationId))
        {
            throw new CoDraftException(ErrorCodes.AccessForbidden, "Only the organisation's administrators may do this.");
        }
    }

    private static Organisation Validated(Guid id, OrganisationFieldsInput input, DateTimeOffset createdAt)
    {
        var name = Label.Require(input.Name, "name");
        if (OrganisationName.Normalise(name).Length == 0)
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, "name needs letters or digits.");
        }
        var type = input.Type ?? throw new CoDraftException(ErrorCodes.InvalidRequest, "type is required.");
        // A number in the JSON binds to any value of the enum, named or not.
        if (!Enum.IsDefined(type))
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest,
                $"type must be one of {string.Join(", ", OrganisationTypeNames.All.Select(t => t.Type))}.");
        }
        return new Organisation(id, name, OrganisationFields.Country(input.Country), type, OrganisationFields.Website(input.Website), createdAt);
    }

    private async Task RequireNameFreeAsync(Organisation organisation, CancellationToken ct)
    {
        var key = OrganisationName.Normalise(organisation.Name);
        var existing = (await store.ListOrganisationsAsync(ct))
            .FirstOrDefault(o => o.Id != organisation.Id && OrganisationName.Normalise(o.Name) == key);
        if (existing is not null)
        {
            throw new OrganisationNameTakenException(existing);
        }
    }

    private async Task<T> UnderNamingAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        await naming.WaitAsync(ct);
        try
        {
            return await work();
        }
        finally
        {
            naming.Release();
        }
    }

    private static CoDraftException NotFound() => new(ErrorCodes.OrganisationNotFound, "No such organisation.");
}
