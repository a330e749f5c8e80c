namespace CoDraft.Storage.Sqlite.Tests;

/// <summary>A directory of its own under the system temp directory, deleted with everything in it on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates the directory.</summary>
    public TempDirectory() => Directory.CreateDirectory(Path);

    /// <summary>Full path of the directory.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "codraft-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Deletes the directory and its contents.</summary>
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
