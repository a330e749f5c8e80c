using CoDraft.Core.Storage;

namespace CoDraft.Server.SignOff;

/// <summary>Names of the people and organisations a view mentions, read once per view.</summary>
public sealed class ParticipantNames(IAccountStore store)
{
    private readonly Dictionary<string, string> people = [];
    private readonly Dictionary<Guid, string> organisations = [];

    /// <summary>The name of the person whose id (as recorded, "D" form) is <paramref name="personId"/>, or the id itself when it is not a person.</summary>
    public async Task<string> PersonAsync(string personId, CancellationToken cancellationToken)
    {
        if (!people.TryGetValue(personId, out var name))
        {
            name = Guid.TryParse(personId, out var id) && await store.FindPersonAsync(id, cancellationToken) is { } person ? person.Name : personId;
            people[personId] = name;
        }
        return name;
    }

    /// <summary>The organisation's name, or its id when it no longer exists.</summary>
    public async Task<string> OrganisationAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!organisations.TryGetValue(organisationId, out var name))
        {
            name = (await store.FindOrganisationAsync(organisationId, cancellationToken))?.Name ?? organisationId.ToString("D");
            organisations[organisationId] = name;
        }
        return name;
    }
}
