namespace CoDraft.Server.Auth;

/// <summary>Who is making the current request.</summary>
public interface ICurrentPerson
{
    /// <summary>The person's stable identifier, recorded as the author of what they change.</summary>
    string Id { get; }
}
