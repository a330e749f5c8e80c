namespace CoDraft.Storage.Mongo.Tests;

/// <summary>The MongoDB deployment the server-backed tests run against, named by an environment variable.</summary>
internal static class TestServer
{
    public const string Variable = "CODRAFT_TEST_MONGO";

    public const string SkipMessage = "MongoDB suite skipped: no server (set CODRAFT_TEST_MONGO)";

    /// <summary>The connection string; skips the calling test when none is set.</summary>
    public static string ConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(Variable);
            Skip.If(string.IsNullOrWhiteSpace(value), SkipMessage);
            return value!;
        }
    }

    /// <summary>A database name no other run uses (MongoDB allows 63 characters; this is 45).</summary>
    public static string NewDatabaseName() => $"codraft_test_{Guid.NewGuid():N}";
}
