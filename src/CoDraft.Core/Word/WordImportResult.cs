namespace CoDraft.Core.Word;

/// <summary>What <see cref="WordImport.Read(byte[], TrackedChangeView)"/> made of a .docx: its text as Markdown, and what it could not carry.</summary>
/// <param name="Markdown">The document's text as Markdown, read as the web page reads it.</param>
/// <param name="Warnings">Plain sentences naming what was left out (images, comments, text boxes…); empty when nothing was.</param>
public sealed record WordImportResult(string Markdown, IReadOnlyList<string> Warnings);
