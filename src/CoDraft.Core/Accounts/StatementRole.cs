namespace CoDraft.Core.Accounts;

/// <summary>What one person may do on one statement (see <see cref="StatementPermissions"/>).</summary>
public enum StatementRole
{
    /// <summary>Reads the text, its history and redlines.</summary>
    Viewer,
    /// <summary>Also comments and suggests changes.</summary>
    Commenter,
    /// <summary>A commenter who also approves the text for their own organisation.</summary>
    Signatory,
    /// <summary>Also edits the text and names revisions.</summary>
    Editor,
    /// <summary>
    /// Of the convening organisation: everything, including managing partners and people, opening sign-off
    /// rounds, accepting suggestions and publishing.
    /// </summary>
    Lead,
}
