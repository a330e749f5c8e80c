namespace CoDraft.Core.Errors;

/// <summary>
/// A request that CoDraft refuses, with a stable machine-readable <see cref="Code"/> (e.g. "version.stale").
/// The REST layer maps it to Problem Details and the hub to a HubException; nothing was changed.
/// </summary>
public class CoDraftException(string code, string message) : Exception(message)
{
    /// <summary>The stable error code clients branch on.</summary>
    public string Code { get; } = code;

    /// <summary>
    /// Facts a client needs to act on the refusal (e.g. the organisations without a signatory), added to the
    /// Problem Details as extensions under these names.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Details { get; init; } = new Dictionary<string, object?>();
}
