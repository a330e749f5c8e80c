namespace CoDraft.Server.Auth;

/// <summary>The signed-in person making the current request.</summary>
public interface ICurrentPerson
{
    /// <summary>The person's stable identifier; its "D" form is recorded as the author of what they change.</summary>
    Guid Id { get; }

    /// <summary>The name shown to other participants.</summary>
    string Name { get; }

    /// <summary>The person's (normalised) email address.</summary>
    string Email { get; }

    /// <summary>The organisation the person belongs to and acts for, or null when they belong to none yet.</summary>
    Guid? OrganisationId { get; }

    /// <summary>The name of that organisation, shown beside the person's name (empty when none).</summary>
    string Organisation { get; }

    /// <summary>True for an administrator of this CoDraft (creates organisations; sees no statement by that alone).</summary>
    bool IsAdministrator { get; }
}
