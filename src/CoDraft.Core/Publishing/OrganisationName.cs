using System.Globalization;
using System.Text;

namespace CoDraft.Core.Publishing;

/// <summary>
/// The key under which two spellings of one organisation's name meet, so a second sign-on request from
/// "Save the Children e.V." is recognised as "SAVE THE CHILDREN": case, accents, punctuation, "&amp;"/"and",
/// a leading "the" and legal-form suffixes do not count.
/// </summary>
public static class OrganisationName
{
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "ev", "gev", "ggmbh", "gmbh", "ltd", "limited", "inc", "incorporated", "llc", "plc", "cic", "asbl", "aisbl",
        "vzw", "ivzw", "ong", "onlus", "ets", "aps", "odv", "sa", "sarl", "srl", "bv", "nv", "ag", "ab", "as", "oy", "zs",
    };

    /// <summary>The comparison key of <paramref name="name"/> (empty when it has no letters or digits).</summary>
    public static string Normalise(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormKD).ToLowerInvariant();
        var letters = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }
            letters.Append(c == '&' ? " and " : char.IsLetterOrDigit(c) ? c : c is '.' or '\'' or '’' ? '\0' : ' ');
        }
        var words = letters.ToString().Replace("\0", string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }
        while (words.Count > 1 && LegalForms.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        return string.Join(' ', words);
    }
}
