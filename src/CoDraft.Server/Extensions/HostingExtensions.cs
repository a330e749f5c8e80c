using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using CoDraft.Core.Storage;
using CoDraft.Server.Deployment;
using CoDraft.Server.Editing;
using CoDraft.Server.Hubs;
using CoDraft.Server.Hubs.MessagePack;
using CoDraft.Server.Review;
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
        services.AddCoDraftHealthChecks();
        services.Configure<DraftHubOptions>(builder.Configuration.GetSection(DraftHubOptions.Section));
        services.AddSingleton<DraftEditor>();
        services.AddSingleton<Statements.StatementService>();
        services.AddHostedService<IdleEviction>();
        services.AddSingleton<RevisionRecorder>();
        services.AddSingleton<PresenceTracker>();
        services.AddSingleton<AutomaticRevisions>();
        services.AddHostedService(sp => sp.GetRequiredService<AutomaticRevisions>());
        services.AddSingleton<IEditListener>(sp => sp.GetRequiredService<PresenceTracker>());
        services.AddSingleton<IEditListener>(sp => sp.GetRequiredService<AutomaticRevisions>());
        services.AddSingleton<IEditListener, HubBroadcaster>();
        // Review and sign-off: lifecycle, rounds, publishing, audit trail.
        services.AddCoDraftSignOff();
        // Comments and suggestions: anchors move with every committed op.
        services.Configure<ReviewOptions>(builder.Configuration.GetSection(ReviewOptions.Section));
        services.AddSingleton<ReviewAnchors>();
        services.AddSingleton<IEditListener>(sp => sp.GetRequiredService<ReviewAnchors>());
        services.AddSingleton<Review.IReviewNotifier, ReviewBroadcaster>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<CoDraft.Server.Word.WordUploadService>();
        // Server-rendered HTML (public pages, certificate, emails) from Razor components.
        services.AddSingleton<Rendering.ComponentRenderer>();
        services.AddSingleton<Rendering.EmailRenderer>();
        // Publication: public pages, sign-on, moderation, corrections, exports.
        services.AddCoDraftPublishing(builder.Configuration);
        services.AddSignalR(o => o.AddFilter(new HubErrorFilter()))
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            // perf: MessagePack for clients that ask for it (JSON stays what browsers use); see docs/protocol.md.
            .AddMessagePackProtocol(o => o.SerializerOptions = HubMessagePack.Options(o.SerializerOptions))
            .AddCoDraftScaleOut(builder.Configuration);
        // A call whose arguments do not bind is refused with a code like any other bad input.
        ArgumentBindingProtocol.WrapAll(services);
        // Any op within Editing:MaxTextBytes must reach the editor, to be committed or refused with a code.
        services.AddSingleton<IConfigureOptions<HubOptions>, HubReceiveLimit>();
        // A role changed by a lead reaches the person's open editor at once.
        services.AddSingleton<CoDraft.Server.Auth.IAccessChangeListener, LiveAccessNotices>();
        services.AddCoDraftAuth(builder.Configuration);

        // Malformed bodies and parameters reach CoDraftExceptionHandler as exceptions, to be answered with a code, in
        // every environment (by default only Development throws; elsewhere they are a bare 400).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Enums by name only: a number would bind to any value, named or not (organisation type 99, state 42).
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = AuthExtensions.AddCodeToBareProblems);
        services.AddExceptionHandler<CoDraftExceptionHandler>();
        services.AddOpenApi(Apis.Contracts.OpenApiWireShapes.Configure);
        return builder;
    }

    /// <summary>Creates the store's schema or indexes when missing.</summary>
    public static async Task InitializeStoreAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<IStoreSchema>().InitializeAsync();

    /// <summary>The middleware, in order, and the documentation endpoints.</summary>
    public static WebApplication UseCoDraftPipeline(this WebApplication app)
    {
        // First, so that every answer has them: 500s from the exception handler and 429s from the rate limiter too.
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Cached public pages, feed, exports and public JSON: a hit needs nothing that follows (docs/publication.md).
        app.UseMiddleware<Publishing.ServeFromPublicCache>();
        app.UsePublishingAssets();
        // The client's files are public (its pages ask for sign-in), so they are served before authentication.
        app.UseStaticClient();
        app.UseCoDraftAuth();
        app.MapHub<DraftHub>(DraftHub.Path);
        app.MapCoDraftHealthChecks();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(SecurityHeaders.ReferencePath).AllowAnonymous();
        return app;
    }
}
