using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Health;

/// <summary>
/// A server configured for MongoDB refuses to start when it cannot use it, and says why without leaking the
/// connection string's password. The server named is a closed port on the loopback interface: nothing leaves
/// the machine and no MongoDB is needed.
/// </summary>
public sealed class MongoStartupTests
{
    private const string Password = "s3cret-pa55";

    [Fact]
    public void Unreachable_mongo_stops_start_up_naming_the_host_but_not_the_password()
    {
        using var factory = new CoDraftFactory(settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Mongo",
            ["Storage:MongoConnectionString"] = $"mongodb://codraft:{Password}@127.0.0.1:1/?connectTimeoutMS=1000",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var timeout = FindInner<TimeoutException>(error);
        Assert.Contains("127.0.0.1:1", timeout.Message);
        Assert.DoesNotContain(Password, error.ToString());
    }

    [Fact]
    public void Mongo_without_a_connection_string_stops_start_up_naming_the_setting()
    {
        using var factory = new CoDraftFactory(settings: new Dictionary<string, string?> { ["Storage:Provider"] = "Mongo" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Storage:MongoConnectionString", FindInner<InvalidOperationException>(error).Message);
    }

    [Fact]
    public void Unknown_provider_stops_start_up_naming_the_choices()
    {
        using var factory = new CoDraftFactory(settings: new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("'Sqlite' or 'Mongo'", FindInner<InvalidOperationException>(error).Message);
    }

    /// <summary>The host may wrap the start-up error (e.g. in an AggregateException); the test wants the error itself.</summary>
    private static T FindInner<T>(Exception error) where T : Exception
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
            if (current is AggregateException { InnerExceptions.Count: 1 } aggregate)
            {
                return FindInner<T>(aggregate.InnerExceptions[0]);
            }
        }
        throw new Xunit.Sdk.XunitException($"No {typeof(T).Name} in: {error}");
    }
}
