using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;

namespace CoDraft.Server.Rendering;

/// <summary>
/// Renders an email from a Razor component laid out with Rendering/Emails/EmailLayout.razor: the subject is the
/// layout's title, the HTML is the rendered page, and the plain-text part is read from that same HTML, so the
/// three never disagree. (Notifications, issue 16, will send what this renders.)
/// </summary>
public sealed class EmailRenderer(ComponentRenderer renderer)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The email <typeparamref name="TEmail"/> renders with <paramref name="parameters"/>.</summary>
    public async Task<EmailMessage> RenderAsync<TEmail>(IDictionary<string, object?> parameters) where TEmail : IComponent
    {
        var html = await renderer.RenderAsync<TEmail>(parameters);
        using var document = Parser.ParseDocument(html);
        var subject = document.Title?.Trim();
        if (string.IsNullOrEmpty(subject))
        {
            throw new InvalidOperationException($"{typeof(TEmail).Name} has no subject: lay it out with EmailLayout and give it a Subject.");
        }
        return new EmailMessage(subject, html, EmailPlainText.Of(document.Body!));
    }
}
