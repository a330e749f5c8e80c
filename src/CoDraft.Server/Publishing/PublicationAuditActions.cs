namespace CoDraft.Server.Publishing;

/// <summary>The audit <c>action</c> names of the publication area (docs/publication.md).</summary>
public static class PublicationAuditActions
{
    /// <summary>A lead approved a sign-on request: the organisation is listed.</summary>
    public const string SignOnApproved = "signon.approved";
    /// <summary>A lead rejected a sign-on request.</summary>
    public const string SignOnRejected = "signon.rejected";
    /// <summary>A lead moved or lifted the embargo of a publication that was not public yet.</summary>
    public const string PublicFromChanged = "publication.public_from_changed";
    /// <summary>A lead published a correction.</summary>
    public const string Corrected = "publication.corrected";
    /// <summary>An original signatory organisation answered a correction (reconfirmed or withdrew).</summary>
    public const string Reconfirmed = "publication.reconfirmation";
}
