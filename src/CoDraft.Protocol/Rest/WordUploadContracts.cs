namespace CoDraft.Protocol.Rest;

/// <summary>
/// One change a Word upload proposes: the code points [Start, End) of the version the file was exported from
/// (<paramref name="Quote"/>) replaced with <paramref name="Replacement"/>. <paramref name="Approximate"/>: the file
/// changed that passage without tracking too, or in a way Word cannot carry, so the range is the nearest one.
/// </summary>
public sealed record WordUploadChangeView(int Start, int End, string Quote, string Replacement, bool Approximate);

/// <summary>A comment of an uploaded file, on the code points [Start, End) of the exported version.</summary>
public sealed record WordUploadCommentView(int Start, int End, string Quote, string Author, string Text, bool Approximate);

/// <summary>What an upload would propose, before anything is created: the tracked changes, the edits made without tracking to confirm, and the comments.</summary>
public sealed record WordUploadPreview(
    long Version, IReadOnlyList<WordUploadChangeView> Tracked, IReadOnlyList<WordUploadChangeView> Untracked, IReadOnlyList<WordUploadCommentView> Comments,
    IReadOnlyList<string> Warnings);

/// <summary>
/// A suggestion made from an upload. <paramref name="Untracked"/>: from an edit made without tracking (confirmed by
/// the uploader); <paramref name="PassageChanged"/>: the passage reads differently now than in the exported version.
/// </summary>
public sealed record WordUploadSuggestion(SuggestionView Suggestion, bool Untracked, bool Approximate, bool PassageChanged);

/// <summary>
/// What an upload made: the suggestions and comment threads, the changes and comments that could not be placed (their
/// passage was deleted since the exported version; they are listed so nothing is lost), and how many untracked edits
/// were left out unconfirmed.
/// </summary>
public sealed record WordUploadOutcome(
    long Version, IReadOnlyList<WordUploadSuggestion> Suggestions, IReadOnlyList<ThreadView> Threads, IReadOnlyList<WordUploadChangeView> NotPlaced,
    IReadOnlyList<WordUploadCommentView> CommentsNotPlaced, int UntrackedLeftOut, IReadOnlyList<string> Warnings);
