namespace CoDraft.Core.Word;

/// <summary>What an uploaded .docx proposes against the version it was exported from (<see cref="WordUpload.Plan"/>).</summary>
/// <param name="Tracked">One change per tracked change (adjacent deletions and insertions read as one replacement), in text order.</param>
/// <param name="Untracked">Edits made without track changes, in text order: shown to the person to confirm before they become suggestions.</param>
/// <param name="Comments">The file's comments, each on the passage it was made on, in text order.</param>
/// <param name="Warnings">What the file had that could not be carried (images, text boxes…), as plain sentences.</param>
public sealed record WordUploadPlan(
    IReadOnlyList<WordUploadChange> Tracked, IReadOnlyList<WordUploadChange> Untracked, IReadOnlyList<WordUploadComment> Comments, IReadOnlyList<string> Warnings);
