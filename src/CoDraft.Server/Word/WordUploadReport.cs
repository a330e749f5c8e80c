using CoDraft.Core.Review;
using CoDraft.Core.Word;
using CoDraft.Server.Review;

namespace CoDraft.Server.Word;

/// <summary>A suggestion an upload made, and how it was placed (see <see cref="WordUploadService"/>).</summary>
/// <param name="Suggestion">The suggestion, as the review service made it.</param>
/// <param name="Untracked">From an edit made without tracking, which the uploader confirmed.</param>
/// <param name="Approximate">Its range could not be placed exactly.</param>
/// <param name="PassageChanged">The passage reads differently now than in the exported version.</param>
public sealed record WordUploadMade(ReviewedSuggestion Suggestion, bool Untracked, bool Approximate, bool PassageChanged);

/// <summary>What an upload made, and what it could not place (passages deleted since the exported version).</summary>
/// <param name="Version">The version the file was exported from.</param>
/// <param name="Suggestions">The suggestions made.</param>
/// <param name="Threads">The comment threads made from the file's comments.</param>
/// <param name="NotPlaced">Changes to passages deleted since.</param>
/// <param name="CommentsNotPlaced">Comments on passages deleted since.</param>
/// <param name="UntrackedLeftOut">Edits made without tracking that were not confirmed.</param>
/// <param name="Warnings">What the file had that could not be carried.</param>
public sealed record WordUploadReport(
    long Version, IReadOnlyList<WordUploadMade> Suggestions, IReadOnlyList<CommentThread> Threads, IReadOnlyList<WordUploadChange> NotPlaced,
    IReadOnlyList<WordUploadComment> CommentsNotPlaced, int UntrackedLeftOut, IReadOnlyList<string> Warnings);
