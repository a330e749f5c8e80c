using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;

namespace CoDraft.Server.Partnerships;

/// <summary>Another organisation has the same name as normalised; the answer names it (<c>existing</c>).</summary>
public sealed class OrganisationNameTakenException(Organisation existing)
    : CoDraftException(ErrorCodes.OrganisationNameTaken, $"An organisation with this name exists already: \"{existing.Name}\".")
{
    /// <summary>The organisation that has the name.</summary>
    public Organisation Existing { get; } = existing;
}
