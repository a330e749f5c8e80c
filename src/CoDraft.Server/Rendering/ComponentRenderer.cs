using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CoDraft.Server.Rendering;

/// <summary>
/// Renders Razor components (.razor files) to HTML strings on the server: the public pages, the certificate and,
/// later, emails. One <see cref="HtmlRenderer"/> for the process; its dispatcher runs one render at a time, which is
/// short (no component waits on anything: each gets all its data as parameters). Every value is encoded with
/// <see cref="HtmlText.Encoder"/>, and the result is made XML-safe with <see cref="HtmlText.XmlSafe"/>.
/// </summary>
public sealed class ComponentRenderer : IAsyncDisposable
{
    private readonly HtmlRenderer renderer;

    /// <summary>Creates the renderer on the application's services, with CoDraft's HTML encoder.</summary>
    public ComponentRenderer(IServiceProvider services, ILoggerFactory loggerFactory) =>
        renderer = new HtmlRenderer(new WithEncoder(services), loggerFactory);

    /// <summary>The HTML of <typeparamref name="TComponent"/> given <paramref name="parameters"/> (by parameter name).</summary>
    public Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return HtmlText.XmlSafe(output.ToHtmlString());
        });

    /// <inheritdoc />
    public ValueTask DisposeAsync() => renderer.DisposeAsync();

    /// <summary>The application's services, except that the HTML encoder is always <see cref="HtmlText.Encoder"/>.</summary>
    private sealed class WithEncoder(IServiceProvider services) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(HtmlEncoder) ? HtmlText.Encoder : services.GetService(serviceType);
    }
}
