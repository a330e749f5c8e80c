namespace CoDraft.Core.Accounts;

/// <summary>What kind of body an organisation is, as shown beside its name on a signatory list.</summary>
public enum OrganisationType
{
    /// <summary>A non-governmental organisation.</summary>
    Ngo,
    /// <summary>A network or federation of organisations.</summary>
    Network,
    /// <summary>A foundation.</summary>
    Foundation,
    /// <summary>A university or research institute.</summary>
    Academic,
    /// <summary>A company.</summary>
    Company,
    /// <summary>A public body (an agency, a ministry, an ombudsperson).</summary>
    PublicBody,
    /// <summary>Anything else.</summary>
    Other,
}
