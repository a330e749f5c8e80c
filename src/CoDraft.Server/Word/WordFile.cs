namespace CoDraft.Server.Word;

/// <summary>An exported .docx and the name it downloads as.</summary>
/// <param name="Bytes">The document.</param>
/// <param name="FileName">A file name of letters, digits and dashes ending in .docx.</param>
public sealed record WordFile(byte[] Bytes, string FileName);
