namespace CoDraft.Core.Accounts;

/// <summary>Everything a person may try to do on a statement; <see cref="StatementPermissions"/> says who may.</summary>
public enum StatementAction
{
    /// <summary>Read the text, versions, revisions, redlines and who takes part.</summary>
    Read,
    /// <summary>Comment on a range of the text.</summary>
    Comment,
    /// <summary>Suggest a change for a lead to accept.</summary>
    Suggest,
    /// <summary>Change the text directly (live or by a full-text update).</summary>
    Edit,
    /// <summary>Name a version ("Draft 2 for partners").</summary>
    NameRevision,
    /// <summary>Approve, request changes or decline a candidate, for one's own organisation only.</summary>
    Approve,
    /// <summary>Accept or reject suggestions.</summary>
    AcceptSuggestion,
    /// <summary>Open or close a sign-off round.</summary>
    OpenRound,
    /// <summary>Add or remove partner organisations.</summary>
    ManagePartners,
    /// <summary>Give, change or take away people's roles, and invite people.</summary>
    ManagePeople,
    /// <summary>Publish the approved text.</summary>
    Publish,
}
