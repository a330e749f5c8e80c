namespace CoDraft.Core.Redlines;

/// <summary>
/// Totals of a redline. A word is a token (see <see cref="RedlineEngine"/>) that holds a letter, a number or a
/// pictographic symbol such as an emoji; whitespace, punctuation and Markdown markup (an ordered list item's
/// number included) are not words, and each Han, kana or Hangul character counts as one word. Words of added and removed blocks count as inserted and
/// deleted; moved and unchanged blocks count none.
/// </summary>
/// <param name="WordsInserted">Words only in the later text.</param>
/// <param name="WordsDeleted">Words only in the earlier text.</param>
/// <param name="BlocksAdded">Blocks only in the later text.</param>
/// <param name="BlocksRemoved">Blocks only in the earlier text.</param>
/// <param name="BlocksChanged">Blocks edited in place.</param>
/// <param name="BlocksMoved">Blocks that moved with the same words.</param>
public sealed record RedlineStats(
    int WordsInserted,
    int WordsDeleted,
    int BlocksAdded,
    int BlocksRemoved,
    int BlocksChanged,
    int BlocksMoved);
