namespace CoDraft.Server.Editing;

/// <summary>Limits and rhythms of the editing path. Bound from the "Editing" configuration section.</summary>
public sealed class EditingOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Editing";

    /// <summary>Largest statement text, in UTF-8 bytes; an open letter is a few pages, 1 MiB leaves ample room.</summary>
    public int MaxTextBytes { get; set; } = 1024 * 1024;

    /// <summary>A text snapshot is stored every this many ops, so opening a long history replays at most this many.</summary>
    public int SnapshotEvery { get; set; } = 200;

    /// <summary>
    /// How many committed ops a submission may be behind and still be transformed; a client further behind
    /// must catch up first. Bounds the work one stale submission can cause.
    /// </summary>
    public int MaxTransformOps { get; set; } = 10_000;

    /// <summary>How many times a commit is retried when another process took the version first.</summary>
    public int MaxCommitAttempts { get; set; } = 8;

    /// <summary>An automatic revision is recorded every this many ops of a statement (0 = never).</summary>
    public int AutoRevisionEvery { get; set; } = 500;

    /// <summary>An automatic revision is recorded when a statement has had no edit for this many seconds.</summary>
    public double AutoRevisionIdleSeconds { get; set; } = 120;

    /// <summary>
    /// Most submissions of one statement committed with one durable write. Grouping is what lets many typists
    /// share one disk flush; the cap bounds the latency of the last one in a group.
    /// </summary>
    public int MaxCommitGroup { get; set; } = 256;

    /// <summary>
    /// A statement's live document leaves memory after this many seconds without use, once nobody has it open here
    /// and nothing of it waits to be written; the next use loads it from the store. 0 keeps every statement.
    /// </summary>
    public double IdleEvictSeconds { get; set; } = 300;
}
