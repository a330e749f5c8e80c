namespace CoDraft.Core.Word;

/// <summary>
/// One change an uploaded .docx makes to the version it was exported from: replace the code points
/// [<paramref name="Start"/>, <paramref name="End"/>) of that version's text (<paramref name="Quote"/>) with
/// <paramref name="Replacement"/> (an insertion has an empty range, a deletion an empty replacement).
/// </summary>
/// <param name="Start">Start of the range, in code points of the version's text.</param>
/// <param name="End">End of the range (exclusive).</param>
/// <param name="Quote">The version's text in the range.</param>
/// <param name="Replacement">What the file has instead, as Markdown.</param>
/// <param name="Approximate">
/// The range could not be placed exactly: it touches a passage the file also changed without tracking, or a passage
/// whose formatting Word cannot carry; the change is kept, and the person is told to look at it.
/// </param>
public sealed record WordUploadChange(int Start, int End, string Quote, string Replacement, bool Approximate);
