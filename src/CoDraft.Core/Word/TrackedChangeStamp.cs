namespace CoDraft.Core.Word;

/// <summary>Who a tracked change in an exported redline is credited to, and when it was made.</summary>
/// <param name="Author">The name Word and LibreOffice show on the change in their review pane.</param>
/// <param name="Date">When the change was made.</param>
public sealed record TrackedChangeStamp(string Author, DateTimeOffset Date);
