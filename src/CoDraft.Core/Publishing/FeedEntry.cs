namespace CoDraft.Core.Publishing;

/// <summary>One published statement in the Atom feed.</summary>
public sealed record FeedEntry(Uri Url, string Title, DateTimeOffset Published, DateTimeOffset Updated, string Summary);
