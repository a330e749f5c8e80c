using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Apis.Contracts;
using CoDraft.Server.Auth;
using CoDraft.Server.Editing;
using CoDraft.Server.Publishing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Apis;

/// <summary>
/// The participants' side of a publication (docs/publication.md): its public address, the moderation queue,
/// corrections and reconfirmations, and the exports, which participants may take before the embargo ends.
/// </summary>
public static class PublicationApi
{
    /// <summary>Maps every route of this area under /api/statements/{id}.</summary>
    public static IEndpointRouteBuilder MapPublicationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/statements/{id:guid}").WithTags("Publication");
        api.MapGet("/public-page", GetPublicPage).WithName("GetPublicPage").WithSummary("The public address and whether the public can see it yet")
            .RequireStatement(StatementAction.Read);
        api.MapPut("/publication/public-from", SetPublicFrom).WithName("SetPublicFrom")
            .WithSummary("Move or lift the embargo (null or a past time: public now), while the statement is not public yet")
            .RequireStatement(StatementAction.Publish);
        api.MapGet("/sign-ons", ListSignOns).WithName("ListSignOns").WithSummary("Sign-on requests (status=Pending for the moderation queue), with contact details")
            .RequireStatement(StatementAction.Publish);
        api.MapPost("/sign-ons/{requestId:guid}/approve", (Guid id, Guid requestId, PublicationService p, HttpContext http, CancellationToken ct) =>
                Moderate(id, requestId, SignOnStatus.Approved, p, http, ct))
            .WithName("ApproveSignOn").WithSummary("List the organisation under the statement").RequireStatement(StatementAction.Publish)
            .Produces<SignOnRequestView>();
        api.MapPost("/sign-ons/{requestId:guid}/reject", (Guid id, Guid requestId, PublicationService p, HttpContext http, CancellationToken ct) =>
                Moderate(id, requestId, SignOnStatus.Rejected, p, http, ct))
            .WithName("RejectSignOn").WithSummary("Refuse the request; it is never shown").RequireStatement(StatementAction.Publish)
            .Produces<SignOnRequestView>();
        api.MapGet("/corrections", ListCorrections).WithName("ListCorrections").WithSummary("Corrections and the original signatories' reconfirmations")
            .RequireStatement(StatementAction.Read);
        api.MapPost("/corrections", Correct).WithName("PublishCorrection").WithSummary("Publish a corrected text with a public reason")
            .RequireStatement(StatementAction.Publish);
        api.MapPost("/corrections/{number:long}/reconfirmations", Reconfirm).WithName("Reconfirm")
            .WithSummary("Reconfirm (or withdraw) one's own organisation's support after a correction").RequireStatement(StatementAction.Approve);
        api.MapGet("/exports/statement.md", (Guid id, PublicationService p, HttpContext http, CancellationToken ct) =>
            Export(id, p, http, "md", "text/markdown; charset=utf-8", (s, url) => PublicationExports.Markdown(s, url), ct)).RequireStatement(StatementAction.Read);
        api.MapGet("/exports/statement.html", (Guid id, PublicationService p, PublicHtml pages, HttpContext http, CancellationToken ct) =>
            Export(id, p, http, "html", "text/html; charset=utf-8", (s, url) => pages.StandaloneAsync(s, url), ct)).RequireStatement(StatementAction.Read);
        api.MapGet("/exports/statement.json", (Guid id, PublicationService p, HttpContext http, CancellationToken ct) =>
            Export(id, p, http, "json", "application/json; charset=utf-8",
                (s, url) => System.Text.Json.JsonSerializer.Serialize(PublicationExports.Json(s, url), PublicationJson.Options), ct)).RequireStatement(StatementAction.Read);
        api.MapGet("/exports/signatories.csv", (Guid id, PublicationService p, HttpContext http, CancellationToken ct) =>
            Export(id, p, http, "csv", "text/csv; charset=utf-8; header=present", (s, _) => PublicationExports.Csv(s), ct)).RequireStatement(StatementAction.Read);
        return app;
    }

    private static async Task<Ok<PublicPageView>> GetPublicPage(Guid id, PublicationService publications, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var statement = await publications.ForParticipantsAsync(id, ct);
        return TypedResults.Ok(new PublicPageView(statement.Slug, $"/p/{statement.Slug}", PublicPagesApi.PageUrl(http.Request, statement.Slug),
            statement.Publication.PublicFrom, statement.Publication.IsPublicAt(clock.GetUtcNow())));
    }

    private static async Task<Ok<PublicPageView>> SetPublicFrom(
        Guid id, PublicFromRequest? request, PublicationService publications, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (request is null)
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, "A body {\"publicFrom\": time or null} is required.");
        }
        await publications.SetPublicFromAsync(http.StatementCaller(), id, request.PublicFrom, ct);
        return await GetPublicPage(id, publications, clock, http, ct);
    }

    private static async Task<Ok<IReadOnlyList<SignOnRequestView>>> ListSignOns(Guid id, string? status, PublicationService publications, CancellationToken ct)
    {
        SignOnStatus? only = null;
        if (!string.IsNullOrEmpty(status))
        {
            only = Enum.TryParse<SignOnStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _)
                ? parsed
                : throw new CoDraftException(ErrorCodes.InvalidRequest, "status must be Pending, Approved or Rejected.");
        }
        return TypedResults.Ok<IReadOnlyList<SignOnRequestView>>((await publications.RequestsAsync(id, only, ct)).Select(SignOnRequestView.From).ToList());
    }

    private static async Task<IResult> Moderate(Guid id, Guid requestId, SignOnStatus decision, PublicationService publications, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(SignOnRequestView.From(await publications.ModerateAsync(http.StatementCaller(), id, requestId, decision, ct)));

    private static async Task<Ok<CorrectionsView>> ListCorrections(Guid id, PublicationService publications, CancellationToken ct) =>
        TypedResults.Ok(View(await publications.ForParticipantsAsync(id, ct)));

    private static CorrectionsView View(PublishedStatement s) => new(
        s.Sha256,
        s.Corrections.Select(CorrectionView.From).ToList(),
        s.Signatories.Where(g => g.Original).Select(g => new ReconfirmationStandingView(g.OrganisationId!.Value, g.Name, g.Reconfirmation, g.ReconfirmedAt)).ToList());

    private static async Task<Created<CorrectionView>> Correct(
        Guid id, CorrectionRequest request, PublicationService publications, IOptions<EditingOptions> editing, HttpContext http, CancellationToken ct)
    {
        var correction = await publications.CorrectAsync(http.StatementCaller(), id, request.Text, request.Reason, editing.Value.MaxTextBytes, ct);
        return TypedResults.Created($"/api/statements/{id}/corrections", CorrectionView.From(correction));
    }

    private static async Task<Ok<CorrectionsView>> Reconfirm(Guid id, long number, ReconfirmRequest request, PublicationService publications, HttpContext http, CancellationToken ct)
    {
        var decision = request.Decision ?? throw new CoDraftException(ErrorCodes.InvalidRequest, "decision is required: Reconfirmed or Withdrawn.");
        await publications.ReconfirmAsync(http.StatementCaller(), id, number, decision, request.OrganisationId, ct);
        return TypedResults.Ok(View(await publications.ForParticipantsAsync(id, ct)));
    }

    private static Task<IResult> Export(
        Guid id, PublicationService publications, HttpContext http, string extension, string contentType,
        Func<PublishedStatement, string, string> write, CancellationToken ct) =>
        Export(id, publications, http, extension, contentType, (s, url) => Task.FromResult(write(s, url)), ct);

    private static async Task<IResult> Export(
        Guid id, PublicationService publications, HttpContext http, string extension, string contentType,
        Func<PublishedStatement, string, Task<string>> write, CancellationToken ct)
    {
        var statement = await publications.ForParticipantsAsync(id, ct);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{statement.Slug}.{extension}\"";
        return Results.Text(await write(statement, PublicPagesApi.PageUrl(http.Request, statement.Slug)), contentType);
    }
}
