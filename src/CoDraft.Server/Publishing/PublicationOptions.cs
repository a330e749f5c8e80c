namespace CoDraft.Server.Publishing;

/// <summary>Settings of the public side (section "Publication" of the configuration).</summary>
public sealed class PublicationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Publication";

    /// <summary>How many sign-on submissions (valid or not) one client address may send per hour, across all statements.</summary>
    public int SignOnsPerAddressPerHour { get; set; } = 10;
}
