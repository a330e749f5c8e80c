using CoDraft.Server.Rendering;

namespace CoDraft.Server.SignOff;

/// <summary>
/// The printable certificate of completion, rendered from SignOff/Certificate/CertificatePage.razor: one
/// self-contained HTML page with its style sheet inside (a certificate is saved and archived as one file).
/// </summary>
public sealed class CertificateHtml(ComponentRenderer renderer)
{
    /// <summary>The certificate's style sheet, SignOff/Certificate/certificate.css.</summary>
    public static readonly StyleSheet Sheet = StyleSheet.FromResource("CoDraft.Server.SignOff.Certificate.certificate.css");

    /// <summary>The page for <paramref name="certificate"/>.</summary>
    public Task<string> RenderAsync(Certificate certificate) =>
        renderer.RenderAsync<CertificatePage>(new Dictionary<string, object?> { [nameof(CertificatePage.Certificate)] = certificate });
}
