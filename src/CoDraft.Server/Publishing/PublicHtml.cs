using CoDraft.Server.Rendering;

namespace CoDraft.Server.Publishing;

/// <summary>
/// The public pages, rendered on the server from the Razor components in Publishing/Pages: every value is
/// HTML-encoded by Razor, the statement's text goes through the sanitising Markdown renderer, and no page has a
/// script. Characters XML 1.0 forbids, which an older store may hold, are left out of every page.
/// </summary>
public sealed class PublicHtml(ComponentRenderer renderer)
{
    /// <summary>The public page of a statement, with the sign-on form in <paramref name="form"/>'s state.</summary>
    public Task<string> PageAsync(PublishedStatement statement, SignOnFormState form) =>
        renderer.RenderAsync<StatementPage>(new Dictionary<string, object?>
        {
            [nameof(StatementPage.Statement)] = statement,
            [nameof(StatementPage.Form)] = form,
        });

    /// <summary>The standalone HTML export: the statement, corrections and signatories, styles inside, no form or links out.</summary>
    public Task<string> StandaloneAsync(PublishedStatement statement, string pageUrl) =>
        renderer.RenderAsync<StandalonePage>(new Dictionary<string, object?>
        {
            [nameof(StandalonePage.Statement)] = statement,
            [nameof(StandalonePage.PageUrl)] = pageUrl,
        });

    /// <summary>The list of public statements.</summary>
    public Task<string> ListAsync(IReadOnlyList<PublishedStatement> statements) =>
        renderer.RenderAsync<ListPage>(new Dictionary<string, object?> { [nameof(ListPage.Statements)] = statements });

    /// <summary>The page for an address with no public statement: the same for unknown and embargoed ones.</summary>
    public Task<string> NotFoundAsync() => renderer.RenderAsync<NotFoundPage>(new Dictionary<string, object?>());

    /// <summary>The page for a client over the sign-on limit, who may try again after <paramref name="retryAfter"/>.</summary>
    public Task<string> TooManyAsync(TimeSpan retryAfter) =>
        renderer.RenderAsync<TooManyPage>(new Dictionary<string, object?> { [nameof(TooManyPage.RetryAfter)] = retryAfter });
}
