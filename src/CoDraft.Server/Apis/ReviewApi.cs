using CoDraft.Core.Accounts;
using CoDraft.Core.Review;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Apis.Contracts;
using CoDraft.Server.Auth;
using CoDraft.Server.Review;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoDraft.Server.Apis;

/// <summary>Comment threads and suggestions on a statement's text (docs/comments.md).</summary>
public static class ReviewApi
{
    /// <summary>Maps every route of this area under /api/statements/{id}.</summary>
    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/statements/{id:guid}").WithTags("Comments and suggestions");

        api.MapGet("/threads", ListThreads).WithName("ListThreads")
            .WithSummary("Every comment thread, oldest first, with each anchor's current range and state (ok or orphaned)")
            .RequireStatement(StatementAction.Read);
        api.MapPost("/threads", CreateThread).WithName("CreateThread").WithSummary("Comment on a range of the text")
            .RequireStatement(StatementAction.Comment);
        api.MapGet("/threads/{threadId:guid}", GetThread).WithName("GetThread").WithSummary("One comment thread")
            .RequireStatement(StatementAction.Read);
        api.MapPost("/threads/{threadId:guid}/replies", Reply).WithName("ReplyToThread").WithSummary("Reply to a comment thread")
            .RequireStatement(StatementAction.Comment);
        api.MapPost("/threads/{threadId:guid}/resolve", Resolve).WithName("ResolveThread").WithSummary("Mark a thread as dealt with")
            .RequireStatement(StatementAction.Comment);
        api.MapPost("/threads/{threadId:guid}/reopen", Reopen).WithName("ReopenThread").WithSummary("Reopen a resolved thread")
            .RequireStatement(StatementAction.Comment);

        api.MapGet("/suggestions", ListSuggestions).WithName("ListSuggestions")
            .WithSummary("Every suggestion, oldest first, with its current range and whether its passage was edited since")
            .RequireStatement(StatementAction.Read);
        api.MapPost("/suggestions", CreateSuggestion).WithName("CreateSuggestion").WithSummary("Propose a replacement of a range")
            .RequireStatement(StatementAction.Suggest);
        api.MapGet("/suggestions/preview", Preview).WithName("PreviewSuggestions")
            .WithSummary("The text (and HTML) with every applicable open suggestion accepted; changes nothing")
            .RequireStatement(StatementAction.Read);
        api.MapPost("/suggestions/{suggestionId:guid}/accept", Accept).WithName("AcceptSuggestion")
            .WithSummary("Apply a suggestion to the text as an edit; refused if its passage was edited since")
            .RequireStatement(StatementAction.AcceptSuggestion);
        api.MapPost("/suggestions/{suggestionId:guid}/reject", Reject).WithName("RejectSuggestion").WithSummary("Turn a suggestion down")
            .RequireStatement(StatementAction.AcceptSuggestion);
        api.MapPost("/suggestions/accept-all", AcceptAll).WithName("AcceptAllSuggestions")
            .WithSummary("Accept the open suggestions of one author or organisation that apply, oldest first")
            .RequireStatement(StatementAction.AcceptSuggestion);
        api.MapPost("/suggestions/reject-all", RejectAll).WithName("RejectAllSuggestions")
            .WithSummary("Reject the open suggestions of one author or organisation")
            .RequireStatement(StatementAction.AcceptSuggestion);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ThreadView>>> ListThreads(Guid id, ReviewService review, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<ThreadView>>((await review.ListThreadsAsync(id, ct)).Select(ReviewViews.Thread).ToList());

    private static async Task<Created<ThreadView>> CreateThread(Guid id, CreateThreadRequest request, ReviewService review, HttpContext http, CancellationToken ct)
    {
        var thread = await review.CreateThreadAsync(id, http.StatementCaller(), request.Start, request.End, request.Version, request.Body, ct);
        return TypedResults.Created($"/api/statements/{id}/threads/{thread.Id}", ReviewViews.Thread(thread));
    }

    private static async Task<Ok<ThreadView>> GetThread(Guid id, Guid threadId, ReviewService review, CancellationToken ct) =>
        TypedResults.Ok(ReviewViews.Thread(await review.GetThreadAsync(id, threadId, ct)));

    private static async Task<Ok<ThreadView>> Reply(Guid id, Guid threadId, ReplyRequest request, ReviewService review, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(ReviewViews.Thread(await review.ReplyAsync(id, threadId, http.StatementCaller(), request.Body, ct)));

    private static async Task<Ok<ThreadView>> Resolve(Guid id, Guid threadId, ReviewService review, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(ReviewViews.Thread(await review.SetStatusAsync(id, threadId, http.StatementCaller(), ThreadStatus.Resolved, ct)));

    private static async Task<Ok<ThreadView>> Reopen(Guid id, Guid threadId, ReviewService review, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(ReviewViews.Thread(await review.SetStatusAsync(id, threadId, http.StatementCaller(), ThreadStatus.Open, ct)));

    private static async Task<Ok<IReadOnlyList<SuggestionView>>> ListSuggestions(Guid id, ReviewService review, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<SuggestionView>>((await review.ListSuggestionsAsync(id, ct)).Select(View).ToList());

    private static async Task<Created<SuggestionView>> CreateSuggestion(
        Guid id, CreateSuggestionRequest request, ReviewService review, HttpContext http, CancellationToken ct)
    {
        var suggestion = await review.CreateSuggestionAsync(id, http.StatementCaller(), request.Start, request.End, request.Version, request.Replacement, ct);
        return TypedResults.Created($"/api/statements/{id}/suggestions/{suggestion.Suggestion.Id}", View(suggestion));
    }

    private static async Task<Ok<SuggestionPreview>> Preview(Guid id, ReviewService review, CancellationToken ct)
    {
        var preview = await review.PreviewAsync(id, ct);
        return TypedResults.Ok(new SuggestionPreview(preview.Version, preview.Text, preview.Html, preview.Applied, Skipped(preview.Skipped)));
    }

    private static async Task<Ok<DecisionReport>> Accept(Guid id, Guid suggestionId, ReviewService review, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(Report(await review.AcceptAsync(id, suggestionId, http.StatementCaller(), ct)));

    private static async Task<Ok<DecisionReport>> Reject(Guid id, Guid suggestionId, ReviewService review, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(Report(await review.RejectAsync(id, suggestionId, http.StatementCaller(), ct)));

    private static async Task<Ok<DecisionReport>> AcceptAll(Guid id, DecideAllRequest request, ReviewService review, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(Report(await review.AcceptAllAsync(id, request.AuthorId, request.OrganisationId, http.StatementCaller(), ct)));

    private static async Task<Ok<DecisionReport>> RejectAll(Guid id, DecideAllRequest request, ReviewService review, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(Report(await review.RejectAllAsync(id, request.AuthorId, request.OrganisationId, http.StatementCaller(), ct)));

    private static SuggestionView View(ReviewedSuggestion s) => ReviewViews.Suggestion(s.Suggestion, s.EditedSince);

    private static DecisionReport Report(SuggestionDecisions d) => new(d.Version, d.Accepted, d.Rejected, d.Superseded, Skipped(d.Skipped));

    private static IReadOnlyList<SkippedSuggestion> Skipped(IReadOnlyList<SkippedSuggestionReason> skipped) =>
        skipped.Select(s => new SkippedSuggestion(s.Id, s.Reason)).ToList();
}
