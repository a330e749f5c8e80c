namespace CoDraft.Core.Storage;

/// <summary>What <see cref="IAccountStore.RemoveOrganisationAsync"/> did.</summary>
public enum OrganisationRemoval
{
    /// <summary>The organisation is gone.</summary>
    Removed,
    /// <summary>There was no such organisation.</summary>
    NotFound,
    /// <summary>Kept: people are members of it.</summary>
    HasMembers,
    /// <summary>Kept: it convenes or is a partner of a statement, a person acts for it on one, or a round requires it.</summary>
    TakesPart,
}
