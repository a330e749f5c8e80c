using System.Globalization;
using System.Text;
using CoDraft.Core.Storage;

namespace CoDraft.Server.Publishing;

/// <summary>
/// Public addresses: a statement's slug is made from its title when it is first needed ("Open letter on child
/// protection" → "open-letter-on-child-protection", then "-2", "-3" … if taken) and kept for good, so links to the
/// page never break, even if the title later changes.
/// </summary>
public sealed class PublicSlugs(IPublicSlugStore store, TimeProvider clock)
{
    /// <summary>Longest slug made from a title (before any "-n" suffix).</summary>
    public const int MaxLength = 60;

    /// <summary>The slug a title gives: lower-case ASCII letters and digits, accents dropped, words joined by "-".</summary>
    public static string FromTitle(string title)
    {
        var decomposed = title.Normalize(NormalizationForm.FormKD).ToLowerInvariant();
        var slug = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                slug.Append(c);
            }
            else if (c is not '\'' and not '’' && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var text = slug.ToString().Trim('-');
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
            var lastDash = text.LastIndexOf('-');
            text = (lastDash > MaxLength / 2 ? text[..lastDash] : text).Trim('-');
        }
        return text.Length == 0 ? "statement" : text;
    }

    /// <summary>True when <paramref name="slug"/> has the shape of a slug (so anything else is a 404 without a look-up).</summary>
    public static bool IsWellFormed(string slug) =>
        slug.Length is > 0 and <= MaxLength + 12 && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>The statement's slug, made from <paramref name="title"/> and stored if it has none yet.</summary>
    public async Task<string> EnsureAsync(Guid statementId, string title, CancellationToken cancellationToken)
    {
        if (await store.FindPublicSlugAsync(statementId, cancellationToken) is { } existing)
        {
            return existing;
        }
        var baseSlug = FromTitle(title);
        for (var n = 1; n <= 100; n++)
        {
            var candidate = n == 1 ? baseSlug : $"{baseSlug}-{n}";
            if (await store.ClaimPublicSlugAsync(statementId, candidate, clock.GetUtcNow(), cancellationToken) is { } claimed)
            {
                return claimed;
            }
        }
        var unique = $"{baseSlug}-{statementId.ToString("N", CultureInfo.InvariantCulture)[..8]}";
        return await store.ClaimPublicSlugAsync(statementId, unique, clock.GetUtcNow(), cancellationToken)
            ?? throw new InvalidOperationException($"No free public address for statement {statementId}.");
    }
}
