using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;
using CoDraft.Core.Markdown;
using CoDraft.Core.Storage;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Auth;
using CoDraft.Server.SignOff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoDraft.Server.Apis;

/// <summary>Lifecycle, sign-off rounds, decisions and publishing of a statement (docs/review.md).</summary>
public static class SignOffApi
{
    /// <summary>Maps every route of this area under /api/statements/{id}.</summary>
    public static IEndpointRouteBuilder MapSignOffApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/statements/{id:guid}").WithTags("Review and sign-off");

        api.MapGet("/lifecycle", GetLifecycle).WithName("GetLifecycle").WithSummary("The statement's lifecycle state")
            .RequireStatement(StatementAction.Read);
        api.MapPost("/lifecycle", Transition).WithName("ChangeLifecycle").WithSummary("Withdraw the round (to Drafting) or close a published statement")
            .RequireStatement(StatementAction.OpenRound);
        api.MapGet("/signoff", GetSignOff).WithName("GetSignOff").WithSummary("The current round: candidate, each organisation's standing, decisions")
            .RequireStatement(StatementAction.Read);
        api.MapGet("/signoff/rounds", ListRounds).WithName("ListRounds").WithSummary("Every round, oldest first, with stale decisions marked")
            .RequireStatement(StatementAction.Read);
        api.MapPost("/signoff/rounds", OpenRound).WithName("OpenRound").WithSummary("Open a round on the current version")
            .RequireStatement(StatementAction.OpenRound);
        api.MapPost("/signoff/candidates", Reissue).WithName("ReissueCandidate").WithSummary("Issue the current version as the round's new candidate")
            .RequireStatement(StatementAction.OpenRound);
        api.MapPost("/signoff/decisions", Decide).WithName("Decide").WithSummary("Approve, request changes or decline, for one's own organisation")
            .RequireStatement(StatementAction.Approve);
        api.MapGet("/signoff/redline", GetRedline).WithName("GetSignOffRedline").WithSummary("An organisation's redline since the text it last approved")
            .RequireStatement(StatementAction.Read);
        api.MapPost("/publish", Publish).WithName("Publish").WithSummary("Publish the approved text (optionally embargoed)")
            .RequireStatement(StatementAction.Publish);
        api.MapGet("/publication", GetPublication).WithName("GetPublication").WithSummary("The published text")
            .RequireStatement(StatementAction.Read);
        return app;
    }

    private static async Task<Ok<LifecycleView>> GetLifecycle(Guid id, SignOffService signOff, CancellationToken ct) =>
        TypedResults.Ok(SignOffViews.Lifecycle(await signOff.LifecycleAsync(id, ct)));

    private static async Task<Ok<LifecycleView>> Transition(Guid id, TransitionRequest request, SignOffService signOff, HttpContext http, CancellationToken ct)
    {
        var to = request.To ?? throw new CoDraftException(ErrorCodes.InvalidRequest, "to is required (a lifecycle state).");
        return TypedResults.Ok(SignOffViews.Lifecycle(await signOff.TransitionAsync(http.StatementCaller(), id, to, ct)));
    }

    private static async Task<Ok<SignOffView>> GetSignOff(Guid id, SignOffService signOff, CancellationToken ct) =>
        TypedResults.Ok(SignOffViews.Status(await signOff.ViewAsync(id, ct)));

    private static async Task<Ok<IReadOnlyList<RoundView>>> ListRounds(Guid id, SignOffService signOff, CancellationToken ct) =>
        TypedResults.Ok(SignOffViews.Rounds(await signOff.RoundsAsync(id, ct)));

    private static async Task<Created<SignOffView>> OpenRound(Guid id, OpenRoundRequest? request, SignOffService signOff, HttpContext http, CancellationToken ct) =>
        TypedResults.Created($"/api/statements/{id}/signoff", SignOffViews.Status(
            await signOff.OpenRoundAsync(http.StatementCaller(), id, request?.RequiredOrganisations, request?.Deadline, ct)));

    private static async Task<Created<SignOffView>> Reissue(Guid id, SignOffService signOff, HttpContext http, CancellationToken ct) =>
        TypedResults.Created($"/api/statements/{id}/signoff", SignOffViews.Status(await signOff.ReissueAsync(http.StatementCaller(), id, ct)));

    private static async Task<Ok<SignOffView>> Decide(Guid id, DecisionRequest request, SignOffService signOff, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(SignOffViews.Status(
            await signOff.DecideAsync(http.StatementCaller(), id, request.OrganisationId, request.Decision, request.Sha256, request.Comment, ct)));

    private static async Task<Ok<OrganisationRedlineView>> GetRedline(Guid id, Guid? organisationId, SignOffService signOff, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(SignOffViews.Redline(await signOff.RedlineForAsync(id, organisationId ?? http.StatementCaller().OrganisationId, ct)));

    private static async Task<Ok<PublicationView>> Publish(
        Guid id, PublishRequest? request, SignOffService signOff, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(View(await signOff.PublishAsync(http.StatementCaller(), id, request?.PublicFrom, ct)));

    private static async Task<Ok<PublicationView>> GetPublication(Guid id, IPublicationStore store, CancellationToken ct) =>
        TypedResults.Ok(View(await store.FindPublicationAsync(id, ct)
            ?? throw new CoDraftException(ErrorCodes.NotPublished, "The statement is not published.")));

    private static PublicationView View(Publication p) =>
        new(p.StatementId, p.Version, p.Sha256, p.Text, MarkdownRenderer.ToHtml(p.Text), p.PublishedAt, p.PublishedBy, p.PublicFrom);
}
