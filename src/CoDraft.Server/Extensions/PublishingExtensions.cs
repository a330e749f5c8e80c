using CoDraft.Server.Publishing;
using Microsoft.Net.Http.Headers;

namespace CoDraft.Server.Extensions;

/// <summary>Wires publishing: public addresses, the public pages' reads, sign-on and its per-address limit.</summary>
public static class PublishingExtensions
{
    /// <summary>Registers the publishing services and their options.</summary>
    public static IServiceCollection AddCoDraftPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicationOptions>(configuration.GetSection(PublicationOptions.Section));
        services.AddSingleton<PublicSlugs>();
        services.AddSingleton<SignOnThrottle>();
        services.AddSingleton<PublicationService>();
        services.AddSingleton<PublicContentChanges>();
        services.AddSingleton<PublicCache>();
        services.AddSingleton<PublicHtml>();
        return services;
    }

    /// <summary>Serves the public pages' style sheet (<see cref="PublicationStyles"/>) to anyone, before authentication.</summary>
    public static WebApplication UsePublishingAssets(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = PublicationStyles.RequestPath,
            FileProvider = PublicationStyles.Files(),
            OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] = PublicationStyles.CacheControl(context.Context.Request),
        });
        return app;
    }
}
