namespace CoDraft.Core.Publishing;

/// <summary>How an original signatory organisation stands on the newest correction.</summary>
public enum ReconfirmationStatus
{
    /// <summary>There is no correction, so nothing to reconfirm.</summary>
    NotAsked,
    /// <summary>Asked, not answered yet.</summary>
    Pending,
    /// <summary>It stands behind the corrected text.</summary>
    Reconfirmed,
    /// <summary>It withdrew its support after the correction.</summary>
    Withdrawn,
}
