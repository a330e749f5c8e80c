namespace CoDraft.Server.Publishing;

/// <summary>What the sign-on form on a public page shows: the values sent back, field errors, a problem, or a thank-you notice.</summary>
public sealed record SignOnFormState(SignOnForm? Values, IReadOnlyDictionary<string, string> Errors, string? Problem, bool Thanks)
{
    /// <summary>An empty form.</summary>
    public static readonly SignOnFormState Empty = new(null, new Dictionary<string, string>(), null, false);
}
