namespace CoDraft.Core.Redlines;

/// <summary>
/// The redline between two versions of a statement's Markdown text.
/// <para>
/// <see cref="Html"/> is a fragment with one element per block, in reading order, separated by newlines. It shows
/// the Markdown source words, not rendered Markdown, and every piece of user text in it is encoded with CoDraft's one
/// HTML encoder (<see cref="Text.Html.Encoder"/>, so characters beyond U+FFFF, emoji, are numeric references), so it
/// can be placed in a page as it is. Line breaks of the source are kept as newline characters: style
/// <c>.rl-block</c> with <c>white-space: pre-wrap</c>. The classes are:
/// </para>
/// <list type="bullet">
/// <item><c>rl-block</c> on the <c>div</c> of every block, with <c>rl-unchanged</c>, <c>rl-changed</c>,
/// <c>rl-added</c>, <c>rl-removed</c> or <c>rl-moved</c> for its change, and its kind: <c>rl-heading</c>,
/// <c>rl-paragraph</c>, <c>rl-list-item</c>, <c>rl-quote</c>, <c>rl-code</c>, <c>rl-thematic-break</c>,
/// <c>rl-table</c>, <c>rl-html</c> or <c>rl-other</c>.</item>
/// <item><c>rl-ins rl-block-added</c> on the <c>ins</c> that wraps the <c>div</c> of an added block, and
/// <c>rl-del rl-block-removed</c> on the <c>del</c> that wraps the <c>div</c> of a removed block.</item>
/// <item><c>rl-ins</c> on an <c>ins</c> and <c>rl-del</c> on a <c>del</c> inside a changed block, around the
/// inserted and deleted words.</item>
/// </list>
/// <para>
/// For example <c>&lt;div class="rl-block rl-changed rl-paragraph"&gt;We &lt;del class="rl-del"&gt;ask&lt;/del&gt;&lt;ins
/// class="rl-ins"&gt;urge&lt;/ins&gt; you.&lt;/div&gt;</c>.
/// </para>
/// </summary>
/// <param name="Html">The redline as an HTML fragment, described above.</param>
/// <param name="Blocks">The same redline as data, one entry per block, in the order of <see cref="Html"/>.</param>
/// <param name="Stats">Totals of inserted and deleted words and of changed blocks.</param>
public sealed record Redline(string Html, IReadOnlyList<RedlineBlock> Blocks, RedlineStats Stats);
