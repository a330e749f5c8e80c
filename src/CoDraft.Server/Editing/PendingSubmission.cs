namespace CoDraft.Server.Editing;

/// <summary>
/// A submission waiting in its statement's queue. <see cref="ReplacementText"/> is set for a REST full-text update,
/// whose op is computed from the text it replaces only when its turn comes.
/// </summary>
internal sealed class PendingSubmission(Submission submission, string? replacementText)
{
    public Submission Submission { get; } = submission;

    public string? ReplacementText { get; } = replacementText;

    public TaskCompletionSource<CommitResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
