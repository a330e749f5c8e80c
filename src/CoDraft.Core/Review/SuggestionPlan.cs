using System.Text;
using CoDraft.Core.Text;

namespace CoDraft.Core.Review;

/// <summary>
/// Which of a set of open suggestions can be applied together to a text, and the text that results. Suggestions are
/// taken in the order given (oldest first): one whose passage no longer reads as its quote is skipped as
/// <see cref="SkipReason.EditedSince"/>; one whose range overlaps a suggestion taken before it is skipped as
/// <see cref="SkipReason.Overlaps"/>. Ranges that only touch do not overlap. Never applies a suggestion blindly.
/// </summary>
public sealed class SuggestionPlan
{
    private SuggestionPlan(string text, IReadOnlyList<Suggestion> applied, IReadOnlyList<(Suggestion Suggestion, SkipReason Reason)> skipped)
    {
        Text = text;
        Applied = applied;
        Skipped = skipped;
    }

    /// <summary>Why a suggestion was left out.</summary>
    public enum SkipReason
    {
        /// <summary>Its passage was edited or deleted since it was made.</summary>
        EditedSince,
        /// <summary>Its range overlaps one taken before it.</summary>
        Overlaps,
    }

    /// <summary>The text with every applied suggestion's replacement in place.</summary>
    public string Text { get; }

    /// <summary>The suggestions applied, in the order given.</summary>
    public IReadOnlyList<Suggestion> Applied { get; }

    /// <summary>The suggestions left out, in the order given, each with its reason.</summary>
    public IReadOnlyList<(Suggestion Suggestion, SkipReason Reason)> Skipped { get; }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> share at least one code point.</summary>
    public static bool Overlap(Anchor a, Anchor b) => a.Start < b.End && b.Start < a.End;

    /// <summary>
    /// Plans <paramref name="candidates"/> on <paramref name="text"/>; each suggestion's <see cref="Suggestion.Anchor"/>
    /// must be its anchor at the text's version.
    /// </summary>
    public static SuggestionPlan For(string text, IEnumerable<Suggestion> candidates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(candidates);
        var applied = new List<Suggestion>();
        var skipped = new List<(Suggestion, SkipReason)>();
        foreach (var suggestion in candidates)
        {
            if (!suggestion.Anchor.StillQuotes(text))
            {
                skipped.Add((suggestion, SkipReason.EditedSince));
            }
            else if (applied.Any(a => Overlap(a.Anchor, suggestion.Anchor)))
            {
                skipped.Add((suggestion, SkipReason.Overlaps));
            }
            else
            {
                applied.Add(suggestion);
            }
        }
        return new SuggestionPlan(Replace(text, applied), applied, skipped);
    }

    private static string Replace(string text, List<Suggestion> applied)
    {
        if (applied.Count == 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        var at = 0;
        foreach (var suggestion in applied.OrderBy(s => s.Anchor.Start))
        {
            var from = CodePoints.ToUtf16Index(text, suggestion.Anchor.Start);
            var to = CodePoints.ToUtf16Index(text, suggestion.Anchor.End);
            builder.Append(text, at, from - at).Append(suggestion.Replacement);
            at = to;
        }
        return builder.Append(text, at, text.Length - at).ToString();
    }
}
