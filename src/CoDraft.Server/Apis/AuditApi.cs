using System.Text.Json;
using CoDraft.Core.Accounts;
using CoDraft.Core.Audit;
using CoDraft.Core.Storage;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Auth;
using CoDraft.Server.SignOff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoDraft.Server.Apis;

/// <summary>A statement's audit log, its verification, and the certificate of completion.</summary>
public static class AuditApi
{
    /// <summary>Maps every route of this area under /api/statements/{id}.</summary>
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/statements/{id:guid}").WithTags("Audit");

        api.MapGet("/audit", ListAudit).WithName("ListAudit").WithSummary("Every audit entry, oldest first")
            .RequireStatement(StatementAction.Read);
        api.MapGet("/audit/verify", VerifyAudit).WithName("VerifyAudit").WithSummary("Recompute the hash chain; where it breaks, if it does")
            .RequireStatement(StatementAction.Read);
        api.MapGet("/certificate", GetCertificate).WithName("GetCertificate").WithSummary("The certificate of completion (JSON)")
            .RequireStatement(StatementAction.Read);
        api.MapGet("/certificate.html", GetCertificateHtml).WithName("GetCertificateHtml").WithSummary("The certificate of completion, printable")
            .RequireStatement(StatementAction.Read);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<AuditEntryView>>> ListAudit(Guid id, IAuditLog store, IAccountStore accounts, CancellationToken ct)
    {
        var names = new ParticipantNames(accounts);
        var views = new List<AuditEntryView>();
        foreach (var e in await store.ListAuditAsync(id, ct))
        {
            var actorName = Guid.TryParse(e.Actor, out _) ? await names.PersonAsync(e.Actor, ct) : null;
            views.Add(new AuditEntryView(e.Sequence, e.At, e.Actor, actorName, e.Action, Details(e.Details), e.PreviousHash, e.Hash));
        }
        return TypedResults.Ok<IReadOnlyList<AuditEntryView>>(views);
    }

    /// <summary>The details as JSON; an entry altered into something that is not JSON is shown as the string it holds.</summary>
    private static JsonElement Details(string details)
    {
        try
        {
            using var parsed = JsonDocument.Parse(details);
            return parsed.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(details);
        }
    }

    private static async Task<Ok<AuditVerification>> VerifyAudit(Guid id, IAuditLog store, CancellationToken ct) =>
        TypedResults.Ok(AuditChain.Verify(await store.ListAuditAsync(id, ct)));

    private static async Task<Ok<CertificateView>> GetCertificate(Guid id, SignOffService signOff, CancellationToken ct) =>
        TypedResults.Ok(SignOffViews.Certificate(await signOff.CertificateAsync(id, ct)));

    private static async Task<ContentHttpResult> GetCertificateHtml(Guid id, SignOffService signOff, CertificateHtml html, CancellationToken ct) =>
        TypedResults.Content(await html.RenderAsync(await signOff.CertificateAsync(id, ct)), "text/html; charset=utf-8");
}
