using System.Text.Json.Serialization;
using CoDraft.Core.Storage;
using CoDraft.Server.Auth;
using CoDraft.Server.Editing;
using Scalar.AspNetCore;

namespace CoDraft.Server.Extensions;

/// <summary>Wires CoDraft's services and HTTP pipeline.</summary>
public static class HostingExtensions
{
    /// <summary>Registers options, the store, the editing path and the API plumbing.</summary>
    public static WebApplicationBuilder AddCoDraftServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.Section));
        services.Configure<EditingOptions>(builder.Configuration.GetSection(EditingOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddCoDraftStore(builder.Configuration);
        services.AddSingleton<DraftEditor>();
        services.AddSingleton<ICurrentPerson, DevelopmentPerson>();

        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();
        services.AddExceptionHandler<CoDraftExceptionHandler>();
        services.AddOpenApi();
        return builder;
    }

    /// <summary>Creates the store's schema or indexes when missing.</summary>
    public static async Task InitializeStoreAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<IDraftStore>().InitializeAsync();

    /// <summary>The middleware, in order, and the documentation endpoints.</summary>
    public static WebApplication UseCoDraftPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapScalarApiReference("/api-reference");
        app.MapGet("/", () => Results.Redirect("/api-reference")).ExcludeFromDescription();
        return app;
    }
}
