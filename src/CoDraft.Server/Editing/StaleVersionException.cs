using CoDraft.Core.Errors;

namespace CoDraft.Server.Editing;

/// <summary>A full-text update was based on a version that is no longer current; nothing was changed.</summary>
public sealed class StaleVersionException(long currentVersion)
    : CoDraftException(ErrorCodes.VersionStale, $"The text has changed since that version; the current version is {currentVersion}.")
{
    /// <summary>The statement's current version, which the client should merge with and resubmit on.</summary>
    public long CurrentVersion { get; } = currentVersion;
}
