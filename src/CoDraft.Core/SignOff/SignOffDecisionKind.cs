namespace CoDraft.Core.SignOff;

/// <summary>What an organisation's signatory decided about a candidate text.</summary>
public enum SignOffDecisionKind
{
    /// <summary>The organisation signs this exact text.</summary>
    Approve,
    /// <summary>The organisation asks for changes before it can sign (with a comment).</summary>
    RequestChanges,
    /// <summary>The organisation will not sign.</summary>
    Decline,
}
