namespace CoDraft.Core.Word;

/// <summary>
/// Which statement and version a .docx was exported from, written into its custom document properties (which Word and
/// LibreOffice keep when they save the file again), so that an edited copy can be read back against that version.
/// </summary>
/// <param name="StatementId">The statement.</param>
/// <param name="Version">The version the file's text is.</param>
public sealed record WordSource(Guid StatementId, long Version);
