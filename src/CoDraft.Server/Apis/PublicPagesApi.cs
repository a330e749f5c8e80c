using CoDraft.Core.Errors;
using CoDraft.Core.Publishing;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Deployment;
using CoDraft.Server.Publishing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoDraft.Server.Apis;

/// <summary>
/// The public side, open to anyone without signing in (docs/publication.md): the page of each published statement
/// at /p/{slug} with its sign-on form, the list at /p, the Atom feed, the exports, and the same as JSON under
/// /api/public. A statement under embargo does not exist here: every route answers exactly as for an unknown one.
/// </summary>
public static class PublicPagesApi
{
    private const string Html = "text/html; charset=utf-8";
    private const string Json = "application/json; charset=utf-8";

    /// <summary>Maps the public routes.</summary>
    public static IEndpointRouteBuilder MapPublicPagesApi(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/p").AllowAnonymous().ExcludeFromDescription();
        pages.MapGet("/", ListPage).WithMetadata(PublicCacheable.Instance);
        pages.MapGet("/feed.atom", Feed).WithMetadata(PublicCacheable.Instance);
        pages.MapGet("/{slug}", Page).WithMetadata(PublicCacheable.Instance);
        pages.MapPost("/{slug}/sign-on", SignOnForm);
        pages.MapGet("/{slug}/export.md", (string slug, PublicationService p, PublicCache c, HttpContext http) =>
            Export(slug, p, c, http, "md", "text/markdown; charset=utf-8", (s, url) => PublicationExports.Markdown(s, url))).WithMetadata(PublicCacheable.Instance);
        pages.MapGet("/{slug}/export.html", (string slug, PublicationService p, PublicCache c, PublicHtml pages, HttpContext http) =>
            Export(slug, p, c, http, "html", Html, (s, url) => pages.StandaloneAsync(s, url))).WithMetadata(PublicCacheable.Instance);
        pages.MapGet("/{slug}/export.json", (string slug, PublicationService p, PublicCache c, HttpContext http) =>
            Export(slug, p, c, http, "json", "application/json; charset=utf-8",
                (s, url) => System.Text.Json.JsonSerializer.Serialize(PublicationExports.Json(s, url), PublicationJson.Options))).WithMetadata(PublicCacheable.Instance);
        pages.MapGet("/{slug}/signatories.csv", (string slug, PublicationService p, PublicCache c, HttpContext http) =>
            Export(slug, p, c, http, "csv", "text/csv; charset=utf-8; header=present", (s, _) => PublicationExports.Csv(s), "-signatories")).WithMetadata(PublicCacheable.Instance);

        var api = app.MapGroup("/api/public").AllowAnonymous().WithTags("Public statements");
        api.MapGet("/statements", ListJson).WithName("ListPublicStatements").WithSummary("Every statement public now, newest first")
            .Produces<IReadOnlyList<PublicListItem>>().WithMetadata(PublicCacheable.Instance);
        api.MapGet("/statements/{slug}", GetJson).WithName("GetPublicStatement").WithSummary("A public statement: text, hash, versions, signatories")
            .Produces<PublicStatementView>().WithMetadata(PublicCacheable.Instance);
        api.MapPost("/statements/{slug}/sign-ons", SignOnJson).WithName("RequestSignOn").WithSummary("Ask to be listed as a signatory (moderated)")
            .Produces<SignOnAccepted>(StatusCodes.Status202Accepted);
        return app;
    }

    /// <summary>The absolute address of a public page: <c>PublicUrl</c>, or the scheme and host the request came by.</summary>
    public static string PageUrl(HttpRequest request, string slug) => request.PublicUrl($"/p/{slug}");

    private static Task<IResult> ListPage(PublicationService publications, PublicCache cache, PublicHtml pages, HttpContext http) =>
        Cached(http, cache, "", async ct => new PublicRendering(await pages.ListAsync(await publications.ListPublicAsync(ct)), Html), NotFoundPage);

    private static Task<IResult> Feed(PublicationService publications, PublicCache cache, HttpContext http) =>
        Cached(http, cache, "", async ct =>
        {
            var request = http.Request;
            var self = new Uri(request.PublicUrl("/p/feed.atom"));
            var entries = (await publications.ListPublicAsync(ct)).Select(s => new FeedEntry(
                new Uri(PageUrl(request, s.Slug)), s.Title, s.PublicSince, s.UpdatedAt, Summary(s)));
            return new PublicRendering(AtomFeed.Write("Published statements", self, entries), "application/atom+xml; charset=utf-8");
        }, NotFoundPage);

    /// <summary>
    /// The answer from the public cache under the request's address (plus <paramref name="variant"/>, for an answer that
    /// depends on the query string), rendered on a miss; <paramref name="missing"/> when not public.
    /// </summary>
    private static async Task<IResult> Cached(
        HttpContext http, PublicCache cache, string variant, Func<CancellationToken, Task<PublicRendering?>> render, Func<IResult> missing) =>
        await cache.GetAsync(PublicCache.KeyOf(http.Request, variant), render, http.RequestAborted) is { } answer
            ? new CachedAnswerResult(answer)
            : missing();

    private static string Summary(PublishedStatement s)
    {
        var plain = string.Join(' ', s.Text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries)).TrimStart('#', ' ');
        var summary = plain.Length > 280 ? plain[..280] + "…" : plain;
        return s.Corrections.Count > 0 ? $"{summary} (Corrected: {s.Corrections[^1].Reason})" : summary;
    }

    private static Task<IResult> Page(string slug, bool? requested, PublicationService publications, PublicCache cache, PublicHtml pages, HttpContext http) =>
        Cached(http, cache, requested == true ? "thanks" : "", async ct =>
            await publications.FindPublicAsync(slug, ct) is { } statement
                ? new PublicRendering(await pages.PageAsync(statement, SignOnFormState.Empty with { Thanks = requested == true }), Html)
                : null, NotFoundPage);

    private static IResult NotFoundPage() => new PublicPageResult(StatusCodes.Status404NotFound, pages => pages.NotFoundAsync());

    private static async Task<IResult> SignOnForm(string slug, HttpContext http, PublicationService publications, SignOnThrottle throttle, CancellationToken ct)
    {
        if (await publications.FindPublicAsync(slug, ct) is not { } statement)
        {
            return NotFoundPage();
        }
        if (!throttle.TryAcquire(Address(http), out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new PublicPageResult(StatusCodes.Status429TooManyRequests, pages => pages.TooManyAsync(retryAfter));
        }
        var fields = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : new FormCollection(null);
        var form = new SignOnForm(fields["organisation"], fields["country"], fields["type"], fields["website"], fields["contactPerson"],
            fields["email"], fields["consent"].Any(v => v is "true" or "on"), fields["homepage"]);
        var result = await publications.SignOnAsync(statement, form, ct);
        return result.Kind switch
        {
            SignOnResultKind.Accepted => new SeeOther($"/p/{statement.Slug}?requested=true#sign-on"),
            _ => new PublicPageResult(result.Kind is SignOnResultKind.Duplicate or SignOnResultKind.Closed ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest,
                pages => pages.PageAsync(statement, new SignOnFormState(form, result.Errors, result.Message, false))),
        };
    }

    private static Task<IResult> Export(
        string slug, PublicationService publications, PublicCache cache, HttpContext http, string extension, string contentType,
        Func<PublishedStatement, string, string> write, string suffix = "") =>
        Export(slug, publications, cache, http, extension, contentType, (s, url) => Task.FromResult(write(s, url)), suffix);

    private static Task<IResult> Export(
        string slug, PublicationService publications, PublicCache cache, HttpContext http, string extension, string contentType,
        Func<PublishedStatement, string, Task<string>> write, string suffix = "") =>
        Cached(http, cache, "", async ct =>
            await publications.FindPublicAsync(slug, ct) is { } statement
                ? new PublicRendering(await write(statement, PageUrl(http.Request, statement.Slug)), contentType, $"{statement.Slug}{suffix}.{extension}")
                : null, NotFoundPage);

    private static Task<IResult> ListJson(PublicationService publications, PublicCache cache, HttpContext http) =>
        Cached(http, cache, "", async ct =>
        {
            IReadOnlyList<PublicListItem> items = (await publications.ListPublicAsync(ct)).Select(s => new PublicListItem(
                s.Title, s.Slug, PageUrl(http.Request, s.Slug), s.PublicSince, s.UpdatedAt, s.Sha256, s.Supporting.Count())).ToList();
            return new PublicRendering(System.Text.Json.JsonSerializer.Serialize(items, ApiJson(http)), Json);
        }, () => throw NotPublic());

    private static Task<IResult> GetJson(string slug, PublicationService publications, PublicCache cache, HttpContext http) =>
        Cached(http, cache, "", async ct =>
            await publications.FindPublicAsync(slug, ct) is { } statement
                ? new PublicRendering(System.Text.Json.JsonSerializer.Serialize(PublicationExports.Json(statement, PageUrl(http.Request, statement.Slug)), ApiJson(http)), Json)
                : null, () => throw NotPublic());

    /// <summary>The API's own JSON settings, so the cached JSON is what the endpoint wrote before it was cached.</summary>
    private static System.Text.Json.JsonSerializerOptions ApiJson(HttpContext http) =>
        http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

    private static async Task<IResult> SignOnJson(string slug, SignOnForm? body, HttpContext http, PublicationService publications, SignOnThrottle throttle, CancellationToken ct)
    {
        var statement = await publications.FindPublicAsync(slug, ct) ?? throw NotPublic();
        if (!throttle.TryAcquire(Address(http), out var retryAfter))
        {
            // The exception handler clears the response's headers, so Retry-After travels with the refusal.
            throw new RetryLaterException(ErrorCodes.SignOnRateLimited, "Too many sign-on requests from this address; try again later.", retryAfter);
        }
        var result = await publications.SignOnAsync(statement, body ?? new SignOnForm(null, null, null, null, null, null, false), ct);
        return result.Kind switch
        {
            SignOnResultKind.Accepted => TypedResults.Accepted($"/p/{statement.Slug}", new SignOnAccepted(result.Request?.Id, Core.Storage.SignOnStatus.Pending)),
            SignOnResultKind.Duplicate => Problem(StatusCodes.Status409Conflict, ErrorCodes.DuplicateOrganisation, result.Message!, result.Errors),
            SignOnResultKind.Closed => Problem(StatusCodes.Status409Conflict, ErrorCodes.SignOnClosed, result.Message!, result.Errors),
            _ => Problem(StatusCodes.Status400BadRequest, ErrorCodes.SignOnInvalid, "Some fields are invalid; see errors.", result.Errors),
        };
    }

    private static IResult Problem(int status, string code, string detail, IReadOnlyDictionary<string, string> errors) =>
        TypedResults.Problem(detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code, ["errors"] = errors });

    private static CoDraftException NotPublic() => new(ErrorCodes.PublicationNotFound, "There is no published statement at this address.");

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private sealed class SeeOther(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}

/// <summary>How the public JSON is written: camelCase, enums by name, indented for people reading an export.</summary>
public static class PublicationJson
{
    /// <summary>The options.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
