using CoDraft.Core.Errors;
using CoDraft.Core.Storage;
using CoDraft.Server.Editing;
using Microsoft.AspNetCore.Diagnostics;

using CoDraft.Server.Partnerships;

namespace CoDraft.Server.Extensions;

/// <summary>
/// Maps every refusal to RFC 9457 Problem Details with a stable <c>code</c> extension, in one place.
/// Anything else is left to the default handler (a 500 without details).
/// </summary>
public sealed class CoDraftExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, detail) = exception switch
        {
            CoDraftException e => (StatusFor(e.Code), e.Code, e.Message),
            StoreException e when FromStore(e.Code) is { } mapped => (StatusFor(mapped), mapped, e.Message),
            BadHttpRequestException e when HasLoneSurrogate(e) => (StatusCodes.Status400BadRequest, ErrorCodes.TextInvalid, "A text contains a lone UTF-16 surrogate."),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } e
                => (e.StatusCode, ErrorCodes.RequestTooLarge, "The request body is larger than the server accepts."),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } e
                => (e.StatusCode, ErrorCodes.UnsupportedMediaType, "The body must be application/json."),
            BadHttpRequestException e => (e.StatusCode, ErrorCodes.InvalidRequest, "The request is malformed: " + e.Message),
            _ => (0, string.Empty, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }
        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status429TooManyRequests)
        {
            // Every 429 says when to try again; a refusal that does not know says a minute.
            var wait = exception is RetryLaterException later ? later.RetryAfter : TimeSpan.FromMinutes(1);
            httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Detail = detail, Extensions = { ["code"] = code } },
        };
        if (exception is CoDraftException { Details: { Count: > 0 } details })
        {
            foreach (var (name, value) in details)
            {
                context.ProblemDetails.Extensions[name] = value;
            }
        }
        if (exception is StaleVersionException stale)
        {
            context.ProblemDetails.Extensions["currentVersion"] = stale.CurrentVersion;
        }
        if (exception is CoDraft.Core.Text.InvalidCharacterException character)
        {
            context.ProblemDetails.Extensions["field"] = character.Field;
            context.ProblemDetails.Extensions["position"] = character.Position;
        }
        if (exception is Partnerships.OrganisationNameTakenException taken)
        {
            context.ProblemDetails.Extensions["existing"] = new { id = taken.Existing.Id, name = taken.Existing.Name };
        }
        if (exception is SignOff.LifecycleException lifecycle)
        {
            context.ProblemDetails.Extensions["currentState"] = lifecycle.CurrentState.ToString();
        }
        return await problemDetails.TryWriteAsync(context);
    }

    // System.Text.Json refuses a lone surrogate escape (\ud800) while reading the body, before any handler runs;
    // its only mark is the reader's message, which the lone-surrogate API test pins down.
    private static bool HasLoneSurrogate(Exception e) =>
        e.InnerException is System.Text.Json.JsonException { InnerException: InvalidOperationException inner } &&
        inner.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase);

    private static int StatusFor(string code) => code switch
    {
        ErrorCodes.AuthRequired or ErrorCodes.InvalidCredentials => StatusCodes.Status401Unauthorized,
        ErrorCodes.AccessForbidden or ErrorCodes.NoOrganisation or ErrorCodes.SetupRefused or ErrorCodes.InvitationWrongPerson
            => StatusCodes.Status403Forbidden,
        ErrorCodes.StatementNotFound or ErrorCodes.VersionNotFound or ErrorCodes.PersonNotFound or ErrorCodes.OrganisationNotFound
            or ErrorCodes.TokenNotFound or ErrorCodes.InvitationNotFound => StatusCodes.Status404NotFound,
        ErrorCodes.VersionStale or ErrorCodes.EmailTaken or ErrorCodes.AlreadyMember or ErrorCodes.ConveningOrganisation
            or ErrorCodes.OrganisationNotOnStatement or ErrorCodes.LeadOutsideConvening or ErrorCodes.LastLead
            or ErrorCodes.InvitationSignInFirst or ErrorCodes.InvitationHasAccount or ErrorCodes.PartnerNotInvited
            or ErrorCodes.NoSignatory => StatusCodes.Status409Conflict,
        // Hardening (issue 14).
        ErrorCodes.OrganisationNameTaken or ErrorCodes.OrganisationInUse => StatusCodes.Status409Conflict,
        ErrorCodes.RouteNotFound => StatusCodes.Status404NotFound,
        ErrorCodes.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        ErrorCodes.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ErrorCodes.RequestTooLarge => StatusCodes.Status413PayloadTooLarge,
        // Review and sign-off.
        ErrorCodes.WrongOrganisation => StatusCodes.Status403Forbidden,
        ErrorCodes.IllegalTransition or ErrorCodes.TextClosed or ErrorCodes.NoOpenRound or ErrorCodes.NotRequired
            or ErrorCodes.StaleCandidate or ErrorCodes.CandidateOutdated or ErrorCodes.NothingChanged or ErrorCodes.NotApproved
            or ErrorCodes.TextChangedWhilePublishing or ErrorCodes.NotPublished => StatusCodes.Status409Conflict,
        // Publication.
        ErrorCodes.PublicationNotFound or ErrorCodes.SignOnRequestNotFound or ErrorCodes.CorrectionNotFound => StatusCodes.Status404NotFound,
        ErrorCodes.NotOriginalSignatory => StatusCodes.Status403Forbidden,
        ErrorCodes.PublicationNotPublished or ErrorCodes.PublicationAlreadyPublic or ErrorCodes.DuplicateOrganisation or ErrorCodes.AlreadyModerated or ErrorCodes.CorrectionUnchanged
            or ErrorCodes.CorrectionConflict or ErrorCodes.CorrectionSuperseded or ErrorCodes.SignOnClosed => StatusCodes.Status409Conflict,
        ErrorCodes.SignOnRateLimited => StatusCodes.Status429TooManyRequests,
        ErrorCodes.InvitationUsed or ErrorCodes.InvitationExpired or ErrorCodes.InvitationRevoked => StatusCodes.Status410Gone,
        ErrorCodes.TextTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorCodes.ImportInvalidDocument => StatusCodes.Status400BadRequest,
        ErrorCodes.UploadVersionUnknown => StatusCodes.Status400BadRequest,
        ErrorCodes.UploadOtherStatement => StatusCodes.Status400BadRequest,
        ErrorCodes.LockedOut or ErrorCodes.RateLimited => StatusCodes.Status429TooManyRequests,
        ErrorCodes.StoreContention => StatusCodes.Status503ServiceUnavailable,
        // Comments and suggestions.
        ErrorCodes.ThreadNotFound or ErrorCodes.SuggestionNotFound => StatusCodes.Status404NotFound,
        ErrorCodes.RangeDeleted or ErrorCodes.ThreadAlreadyResolved or ErrorCodes.ThreadNotResolved or ErrorCodes.SuggestionNotOpen
            or ErrorCodes.SuggestionEditedSince => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>A store refusal that a race between two requests can cause, as the error the losing request gets.</summary>
    private static string? FromStore(string code) => code switch
    {
        StoreException.DuplicateEmail => ErrorCodes.EmailTaken,
        StoreException.AlreadyMember => ErrorCodes.AlreadyMember,
        StoreException.UnknownStatement => ErrorCodes.StatementNotFound,
        StoreException.UnknownPerson => ErrorCodes.PersonNotFound,
        StoreException.UnknownOrganisation => ErrorCodes.OrganisationNotFound,
        _ => null,
    };
}
