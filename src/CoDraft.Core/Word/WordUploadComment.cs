namespace CoDraft.Core.Word;

/// <summary>
/// A comment in an uploaded .docx, on the code points [<paramref name="Start"/>, <paramref name="End"/>) of the version
/// it was exported from (<paramref name="Quote"/>); a comment on no text takes the word where it stands.
/// </summary>
/// <param name="Start">Start of the range, in code points of the version's text.</param>
/// <param name="End">End of the range (exclusive).</param>
/// <param name="Quote">The version's text in the range.</param>
/// <param name="Author">Who wrote it, as the file says (may be empty).</param>
/// <param name="Text">The comment's text.</param>
/// <param name="Approximate">The range could not be placed exactly (see <see cref="WordUploadChange.Approximate"/>).</param>
public sealed record WordUploadComment(int Start, int End, string Quote, string Author, string Text, bool Approximate);
