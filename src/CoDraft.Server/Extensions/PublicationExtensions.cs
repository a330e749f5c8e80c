using CoDraft.Server.Publishing;

namespace CoDraft.Server.Extensions;

/// <summary>Wires publication: public addresses, the public pages' reads, sign-on and its per-address limit.</summary>
public static class PublicationExtensions
{
    /// <summary>Registers the publication services and their options.</summary>
    public static IServiceCollection AddCoDraftPublication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicationOptions>(configuration.GetSection(PublicationOptions.Section));
        services.AddSingleton<PublicSlugs>();
        services.AddSingleton<SignOnThrottle>();
        services.AddSingleton<PublicationService>();
        services.AddSingleton<PublicContentChanges>();
        services.AddSingleton<PublicCache>();
        return services;
    }
}
