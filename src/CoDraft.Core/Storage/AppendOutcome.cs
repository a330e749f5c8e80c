namespace CoDraft.Core.Storage;

/// <summary>What happened to an append to the op log.</summary>
public enum AppendStatus
{
    /// <summary>Every op was committed, durably.</summary>
    Committed,
    /// <summary>Another writer committed one of these versions first; nothing was written.</summary>
    VersionConflict,
    /// <summary>A submission with this (clientId, seq) is already in the log; nothing was written.</summary>
    DuplicateSubmission,
}

/// <summary>The result of <see cref="IOpLog.AppendAsync"/>.</summary>
/// <param name="Status">What happened.</param>
/// <param name="ExistingVersion">For <see cref="AppendStatus.DuplicateSubmission"/>, the version the earlier copy has.</param>
public readonly record struct AppendOutcome(AppendStatus Status, long ExistingVersion = 0)
{
    /// <summary>The batch was committed.</summary>
    public static AppendOutcome Committed => new(AppendStatus.Committed);
}
