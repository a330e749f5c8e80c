using System.Text;

namespace CoDraft.Server.Publishing;

/// <summary>A public page rendered as the answer is written, with its status code (404, 429, a refused form).</summary>
public sealed class PublicPageResult(int statusCode, Func<PublicHtml, Task<string>> render) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var html = await render(httpContext.RequestServices.GetRequiredService<PublicHtml>());
        await Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode).ExecuteAsync(httpContext);
    }
}
