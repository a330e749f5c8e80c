using CoDraft.Core.Redlines;

namespace CoDraft.Core.Word;

/// <summary>
/// Exports a statement's Markdown, or a redline between two of its versions, as a Word document (.docx) with Word's
/// built-in styles. See docs/word.md for what each Markdown construct becomes.
/// </summary>
public static class WordExport
{
    /// <summary>The media type of a .docx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>A .docx of <paramref name="markdown"/>, read as the web page reads it.</summary>
    /// <param name="markdown">The statement's text at some version.</param>
    /// <param name="title">The document title (its properties; the text itself is not changed).</param>
    /// <param name="source">The statement and version the text is, written into the file so that an edited copy can be uploaded back (<see cref="WordUpload"/>).</param>
    public static byte[] Version(string markdown, string title, WordSource? source = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return WordPackage.Create(title, (main, numbering) => new WordBlocks(main, numbering).Convert(markdown), source);
    }

    /// <summary>
    /// A .docx of the redline from <paramref name="before"/> to <paramref name="after"/> (<see cref="RedlineEngine"/>)
    /// whose differences are tracked changes credited to <paramref name="stamp"/>: accepting them all gives the later
    /// text, rejecting them all the earlier one.
    /// </summary>
    /// <param name="before">The earlier version's text.</param>
    /// <param name="after">The later version's text.</param>
    /// <param name="title">The document title.</param>
    /// <param name="stamp">Who made the changes, and when.</param>
    /// <param name="source">
    /// When given, the statement and version <paramref name="before"/> is, written into the file: uploaded back
    /// (<see cref="WordUpload"/>), its tracked changes then propose <paramref name="after"/> on that version.
    /// </param>
    public static byte[] Redline(string before, string after, string title, TrackedChangeStamp stamp, WordSource? source = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(stamp);
        var redline = RedlineEngine.Compare(before, after);
        before = NormalizeLineEnds(before);
        after = NormalizeLineEnds(after);
        var beforeBlocks = MarkdownBlockSplitter.Split(before).Select(b => b.Text).ToList();
        var levels = ListLevels.Of(before);
        foreach (var (block, level) in ListLevels.Of(after))
        {
            levels[block] = level;
        }
        return WordPackage.Create(title, (main, numbering) =>
            new RedlineWordWriter(new WordBlocks(main, numbering), numbering, new TrackedChanges(stamp)).Write(redline.Blocks, beforeBlocks, levels), source);
    }

    /// <summary>Line ends as the redline engine reads them, so block sources match its blocks.</summary>
    private static string NormalizeLineEnds(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
