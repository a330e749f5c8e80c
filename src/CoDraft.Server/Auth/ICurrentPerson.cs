namespace CoDraft.Server.Auth;

/// <summary>Who is making the current request.</summary>
public interface ICurrentPerson
{
    /// <summary>The person's stable identifier, recorded as the author of what they change.</summary>
    string Id { get; }

    /// <summary>The name shown to other participants.</summary>
    string Name { get; }

    /// <summary>The organisation the person acts for, shown beside their name.</summary>
    string Organisation { get; }
}
