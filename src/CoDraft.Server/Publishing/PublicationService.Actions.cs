using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Publishing;
using CoDraft.Core.Storage;
using CoDraft.Core.Text;
using CoDraft.Server.Auth;

namespace CoDraft.Server.Publishing;

/// <summary>How a sign-on submission ended.</summary>
public enum SignOnResultKind
{
    /// <summary>Stored as a pending request (or, for a bot, pretended to be).</summary>
    Accepted,
    /// <summary>Fields are invalid: see <see cref="SignOnResult.Errors"/>.</summary>
    Invalid,
    /// <summary>The organisation is listed already or has a request pending.</summary>
    Duplicate,
    /// <summary>The statement was closed: it takes no new signatories.</summary>
    Closed,
}

/// <summary>The answer to a sign-on submission.</summary>
public sealed record SignOnResult(SignOnResultKind Kind, IReadOnlyDictionary<string, string> Errors, string? Message, SignOnRequest? Request);

public sealed partial class PublicationService
{
    /// <summary>
    /// Files a sign-on request for the public statement <paramref name="statement"/>. Nothing is stored unless every
    /// field is valid and the organisation (by normalised name) is neither listed nor already asking; a filled-in
    /// honeypot is answered like a success and stores nothing.
    /// </summary>
    public async Task<SignOnResult> SignOnAsync(PublishedStatement statement, SignOnForm form, CancellationToken ct)
    {
        var (clean, errors) = form.Validate();
        if (statement.Closed)
        {
            return new SignOnResult(SignOnResultKind.Closed, new Dictionary<string, string>(), "This statement was closed: it takes no new signatories.", null);
        }
        if (form.IsBot)
        {
            return new SignOnResult(SignOnResultKind.Accepted, new Dictionary<string, string>(), null, null);
        }
        if (clean is null)
        {
            return new SignOnResult(SignOnResultKind.Invalid, errors, "Some fields need attention.", null);
        }
        var key = OrganisationName.Normalise(clean.Organisation);
        var duplicate = new Dictionary<string, string> { ["organisation"] = $"{clean.Organisation} is already a signatory of this statement or has asked to sign on; requests are checked by the coalition before they appear." };
        if (statement.Signatories.Any(s => s.Original && OrganisationName.Normalise(s.Name) == key))
        {
            return new SignOnResult(SignOnResultKind.Duplicate, duplicate, duplicate["organisation"], null);
        }
        var request = new SignOnRequest(Guid.NewGuid(), statement.Publication.StatementId, clean.Organisation, key, clean.Country, clean.Type,
            clean.Website, clean.ContactPerson, clean.Email, ConsentToList: true, SignOnStatus.Pending, clock.GetUtcNow(), null, null);
        return await signOns.AddSignOnRequestAsync(request, ct)
            ? new SignOnResult(SignOnResultKind.Accepted, new Dictionary<string, string>(), null, request)
            : new SignOnResult(SignOnResultKind.Duplicate, duplicate, duplicate["organisation"], null);
    }

    /// <summary>The statement's sign-on requests for its leads, oldest first, optionally only those of one status.</summary>
    public async Task<IReadOnlyList<SignOnRequest>> RequestsAsync(Guid statementId, SignOnStatus? status, CancellationToken ct)
    {
        await ForParticipantsAsync(statementId, ct);
        var all = await signOns.ListSignOnRequestsAsync(statementId, ct);
        return status is { } only ? all.Where(r => r.Status == only).ToList() : all;
    }

    /// <summary>Approves or rejects a pending request; each request is decided once.</summary>
    public async Task<SignOnRequest> ModerateAsync(StatementCaller caller, Guid statementId, Guid requestId, SignOnStatus decision, CancellationToken ct)
    {
        await ForParticipantsAsync(statementId, ct);
        var by = caller.PersonId.ToString("D");
        var existing = await signOns.FindSignOnRequestAsync(statementId, requestId, ct)
            ?? throw new CoDraftException(ErrorCodes.SignOnRequestNotFound, "No such sign-on request for this statement.");
        var decided = await signOns.ModerateSignOnRequestAsync(statementId, requestId, decision, by, clock.GetUtcNow(), ct)
            ?? throw new CoDraftException(ErrorCodes.AlreadyModerated,
                $"This request was {(await signOns.FindSignOnRequestAsync(statementId, requestId, ct))?.Status.ToString().ToLowerInvariant() ?? existing.Status.ToString().ToLowerInvariant()} already.");
        await audit.RecordAsync(statementId, by,
            decision == SignOnStatus.Approved ? PublicationAuditActions.SignOnApproved : PublicationAuditActions.SignOnRejected,
            new { requestId, organisation = decided.OrganisationName, country = decided.Country, type = decided.Type }, ct);
        if (decision == SignOnStatus.Approved)
        {
            changes.Changed(statementId);
        }
        return decided;
    }

    /// <summary>
    /// Publishes <paramref name="text"/> as the statement's corrected public text with a public reason. The full
    /// corrected text replaces the public text; the published original and every earlier correction stay on record.
    /// </summary>
    public async Task<Correction> CorrectAsync(StatementCaller caller, Guid statementId, string? text, string? reason, int maxTextBytes, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, "text is required: the full corrected text.");
        }
        if (System.Text.Encoding.UTF8.GetByteCount(text) > maxTextBytes)
        {
            throw new CoDraftException(ErrorCodes.TextTooLarge, $"The text is larger than the maximum of {maxTextBytes} bytes.");
        }
        var trimmedReason = reason?.Trim();
        if (string.IsNullOrEmpty(trimmedReason) || trimmedReason.Length > 2000)
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, "reason is required (at most 2000 characters): it is shown in public with the correction.");
        }
        XmlSafeText.Require(text, "text");
        XmlSafeText.Require(trimmedReason, "reason");
        var current = await ForParticipantsAsync(statementId, ct);
        var sha256 = TextHash.Sha256(text);
        if (sha256 == current.Sha256)
        {
            throw new CoDraftException(ErrorCodes.CorrectionUnchanged, "The corrected text is exactly the current public text.");
        }
        var by = caller.PersonId.ToString("D");
        var correction = new Correction(statementId, current.Corrections.Count + 1, sha256, text, trimmedReason, clock.GetUtcNow(), by);
        if (!await correctionStore.AddCorrectionAsync(correction, ct))
        {
            throw new CoDraftException(ErrorCodes.CorrectionConflict, "Another correction was published at the same moment; reload and try again.");
        }
        changes.Changed(statementId);
        await audit.RecordAsync(statementId, by, PublicationAuditActions.Corrected, new
        {
            number = correction.Number, sha256, previousSha256 = current.Sha256, reason = trimmedReason,
        }, ct);
        return correction;
    }

    /// <summary>
    /// Moves the embargo to <paramref name="publicFrom"/>, or lifts it when that is null or not after now (the public
    /// date then becomes now). Only while the publication is still embargoed: once the public may have seen it, the
    /// date it became public is part of the record. The store checks that again in its write, so an embargo that ends
    /// between the read and the write is refused, not rewritten.
    /// </summary>
    public async Task<Publication> SetPublicFromAsync(StatementCaller caller, Guid statementId, DateTimeOffset? publicFrom, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var before = await store.FindPublicationAsync(statementId, ct)
            ?? throw new CoDraftException(ErrorCodes.PublicationNotPublished, "The statement is not published yet.");
        var to = publicFrom is { } from && from > now ? from : now;
        if (before.IsPublicAt(now) || !await store.SetPublicFromAsync(statementId, to, now, ct))
        {
            throw new CoDraftException(ErrorCodes.PublicationAlreadyPublic,
                "The statement is public already; the date it became public cannot be changed.");
        }
        changes.Changed(statementId);
        var by = caller.PersonId.ToString("D");
        await audit.RecordAsync(statementId, by, PublicationAuditActions.PublicFromChanged, new
        {
            previousPublicFrom = before.PublicFrom, publicFrom = to, lifted = to == now,
        }, ct);
        return before with { PublicFrom = to };
    }

    /// <summary>
    /// An original signatory organisation's answer to the newest correction, given by its signatory (or, for the
    /// convening organisation, a lead), for their own organisation only.
    /// </summary>
    public async Task<Reconfirmation> ReconfirmAsync(
        StatementCaller caller, Guid statementId, long number, ReconfirmationDecision decision, Guid? organisationId, CancellationToken ct)
    {
        var organisation = organisationId ?? caller.OrganisationId;
        if (!Core.Accounts.StatementPermissions.MayApproveFor(caller.Role, caller.OrganisationId, organisation))
        {
            throw new CoDraftException(ErrorCodes.WrongOrganisation, "A signatory answers for their own organisation only.");
        }
        var current = await ForParticipantsAsync(statementId, ct);
        if (current.Corrections.All(c => c.Number != number))
        {
            throw new CoDraftException(ErrorCodes.CorrectionNotFound, $"The statement has no correction {number}.");
        }
        if (number != current.Corrections[^1].Number)
        {
            throw new CoDraftException(ErrorCodes.CorrectionSuperseded, $"Correction {current.Corrections[^1].Number} is the newest; answer that one.");
        }
        if (current.Signatories.All(s => s.OrganisationId != organisation))
        {
            throw new CoDraftException(ErrorCodes.NotOriginalSignatory, "Only the organisations that approved the published text are asked to reconfirm it.");
        }
        var by = caller.PersonId.ToString("D");
        var answer = new Reconfirmation(statementId, number, organisation, decision, by, clock.GetUtcNow());
        if (!await correctionStore.SetReconfirmationAsync(answer, ct))
        {
            throw new CoDraftException(ErrorCodes.CorrectionNotFound, $"The statement has no correction {number}.");
        }
        changes.Changed(statementId);
        await audit.RecordAsync(statementId, by, PublicationAuditActions.Reconfirmed, new { number, organisationId = organisation, decision }, ct);
        return answer;
    }
}
