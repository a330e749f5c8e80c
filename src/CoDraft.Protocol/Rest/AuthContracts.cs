namespace CoDraft.Protocol.Rest;

/// <summary>Sign-in with email and password.</summary>
public sealed record SignInRequest(string? Email, string? Password);

/// <summary>First-run setup: the printed token and the first administrator's details.</summary>
public sealed record SetupRequest(string? Token, string? Email, string? Name, string? Password);

/// <summary>A password change; the current password is required.</summary>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

/// <summary>An organisation named in passing.</summary>
public sealed record OrganisationRef(Guid Id, string Name);

/// <summary>The signed-in person.</summary>
public sealed record MeView(Guid Id, string Email, string Name, bool IsAdministrator, OrganisationRef? Organisation, bool IsOrganisationAdmin);

/// <summary>
/// The answer to a browser sign-in: the person, and the anti-forgery token to send in <paramref name="CsrfHeader"/>
/// with every change made with the session cookie.
/// </summary>
public sealed record SignedInView(MeView Person, string CsrfToken, string CsrfHeader);

/// <summary>An anti-forgery token for the current session, to send in <paramref name="HeaderName"/>.</summary>
public sealed record AntiforgeryView(string Token, string HeaderName);
