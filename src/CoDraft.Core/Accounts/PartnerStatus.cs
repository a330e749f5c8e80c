namespace CoDraft.Core.Accounts;

/// <summary>Where an organisation invited to take part in a statement stands, until its administrators accept.</summary>
public enum PartnerStatus
{
    /// <summary>A lead invited it; none of its administrators has answered yet.</summary>
    Invited,
    /// <summary>One of its administrators declined (or it left the statement).</summary>
    Declined,
}
