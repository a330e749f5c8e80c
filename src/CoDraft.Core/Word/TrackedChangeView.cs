namespace CoDraft.Core.Word;

/// <summary>How <see cref="WordImport.Read(byte[], TrackedChangeView)"/> reads a document's tracked changes.</summary>
public enum TrackedChangeView
{
    /// <summary>As if every tracked change were accepted: insertions kept, deletions gone (what Word shows as "No Markup").</summary>
    Accepted,

    /// <summary>As if every tracked change were rejected: the text before anyone's tracked edits ("Original").</summary>
    Rejected,
}
