using System.IO.Packaging;
using CoDraft.Core.Errors;
using DocumentFormat.OpenXml.Packaging;

namespace CoDraft.Core.Word;

/// <summary>
/// Reads a Word document (.docx) into Markdown: headings, paragraphs, bold, italic, links, lists, quotes, tables and
/// footnotes (as a numbered "Notes" list, since the web page's Markdown has no footnotes). What Markdown cannot carry
/// is named in warnings, never dropped silently. See docs/word.md.
/// </summary>
public static class WordImport
{
    /// <summary>
    /// The most characters read from one part: a small upload can unzip to gigabytes, and no statement's part comes
    /// near this (the text itself is limited far below, by Editing:MaxTextBytes).
    /// </summary>
    private const long MaxCharactersInPart = 64L * 1024 * 1024;

    /// <summary>The Markdown and warnings of <paramref name="docx"/>, its tracked changes read as accepted.</summary>
    /// <exception cref="CoDraftException"><c>import.invalid_document</c> when the bytes are not a readable .docx.</exception>
    public static WordImportResult Read(byte[] docx) => Read(docx, TrackedChangeView.Accepted);

    /// <summary>The Markdown and warnings of <paramref name="docx"/>, its tracked changes read as <paramref name="view"/> says.</summary>
    /// <exception cref="CoDraftException"><c>import.invalid_document</c> when the bytes are not a readable .docx.</exception>
    public static WordImportResult Read(byte[] docx, TrackedChangeView view) =>
        Open(docx, document => new WordReader(document.MainDocumentPart!, view).Read(document.MainDocumentPart!.Document!.Body!));

    /// <summary>As <see cref="Read(byte[], TrackedChangeView)"/>, with each comment's start and end marked by <paramref name="comments"/>.</summary>
    internal static WordImportResult Read(byte[] docx, TrackedChangeView view, CommentMarks comments) =>
        Open(docx, document => new WordReader(document.MainDocumentPart!, view, comments).Read(document.MainDocumentPart!.Document!.Body!));

    /// <summary>Opens <paramref name="docx"/> read-only and reads it with <paramref name="read"/>; unreadable files are refused.</summary>
    internal static T Open<T>(byte[] docx, Func<WordprocessingDocument, T> read)
    {
        ArgumentNullException.ThrowIfNull(docx);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false,
                new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or ArgumentException or InvalidOperationException)
        {
            throw Invalid();
        }
        using (document)
        {
            if (document.MainDocumentPart?.Document?.Body is null)
            {
                throw Invalid();
            }
            try
            {
                return read(document);
            }
            catch (Exception e) when (e is System.Xml.XmlException or OpenXmlPackageException or InvalidDataException)
            {
                throw Invalid();
            }
        }
    }

    private static CoDraftException Invalid() =>
        new(ErrorCodes.ImportInvalidDocument, "The file is not a Word document (.docx) that can be read.");
}
