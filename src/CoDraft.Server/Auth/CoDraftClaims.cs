namespace CoDraft.Server.Auth;

/// <summary>Claim types CoDraft puts in a signed-in person's principal, besides the standard id, name and email.</summary>
public static class CoDraftClaims
{
    /// <summary>The id of the organisation the person belongs to (absent when none).</summary>
    public const string OrganisationId = "codraft:organisation_id";

    /// <summary>The name of that organisation.</summary>
    public const string OrganisationName = "codraft:organisation_name";

    /// <summary>"true" for an administrator of this CoDraft.</summary>
    public const string Administrator = "codraft:administrator";

    /// <summary>The person's security stamp when the session began (cookies only): a changed password ends the session.</summary>
    public const string SecurityStamp = "codraft:security_stamp";

    /// <summary>The id of the access token a request was authenticated with (bearer only).</summary>
    public const string TokenId = "codraft:token_id";
}
