using CoDraft.Server.Editing;
using CoDraft.Server.SignOff;

using CoDraft.Server.Audit;

namespace CoDraft.Server.Extensions;

/// <summary>Wires review and sign-off: partnerships and signatories, the lifecycle, rounds, publishing and the audit trail.</summary>
public static class SignOffExtensions
{
    /// <summary>Registers the sign-off services and their listeners on the editing path.</summary>
    public static IServiceCollection AddCoDraftSignOff(this IServiceCollection services)
    {
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<SignOff.Approvers>();
        services.AddSingleton<Partnerships.PartnershipService>();
        services.AddSingleton<Partnerships.InvitationService>();
        services.AddSingleton<Partnerships.MembershipService>();
        services.AddSingleton<Apis.AccessViews>();
        services.AddSingleton<ISignOffNotifier, Hubs.SignOffBroadcaster>();
        services.AddSingleton<StateChangeRecorder>();
        services.AddSingleton<SignOffService>();
        services.AddSingleton<CertificateHtml>();
        services.AddSingleton<IEditListener, ApprovalReopener>();
        services.AddSingleton<IRevisionListener, RevisionAudit>();
        return services;
    }
}
