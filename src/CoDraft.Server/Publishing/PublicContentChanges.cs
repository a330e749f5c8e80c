namespace CoDraft.Server.Publishing;

/// <summary>
/// The one place every write that changes what the public side shows reports to: publishing, an embargo moved or
/// lifted, a sign-on approved, a correction, a reconfirmation, closing or withdrawing, and an organisation renamed
/// or removed. Each report starts a new generation; the public cache serves nothing filled in an older one.
/// </summary>
public sealed class PublicContentChanges
{
    private long generation;

    /// <summary>Raised after a change made in this process (not one heard from another), e.g. to tell the other processes.</summary>
    public event Action<Guid?>? ChangedHere;

    /// <summary>The current generation; it only grows.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>Public content of <paramref name="statementId"/> (null: possibly of any statement) changed in this process.</summary>
    public void Changed(Guid? statementId)
    {
        Interlocked.Increment(ref generation);
        ChangedHere?.Invoke(statementId);
    }

    /// <summary>Another server process reported a change: forget what was filled before it, and tell no one else.</summary>
    public void ChangedElsewhere() => Interlocked.Increment(ref generation);
}
