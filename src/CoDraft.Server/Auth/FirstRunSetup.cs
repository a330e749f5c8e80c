using CoDraft.Core.Storage;

namespace CoDraft.Server.Auth;

/// <summary>
/// At start, when no administrator exists, issues the setup token and prints it on the console (standard output,
/// not the log, which is kept and shipped; the token is a secret and works once). There is no default password.
/// </summary>
public sealed class FirstRunSetup(IAccountStore store, SetupToken token, TextWriter console, ILogger<FirstRunSetup> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await store.AnyAdministratorAsync(cancellationToken))
        {
            return;
        }
        var issued = token.Issue();
        Log.SetupTokenIssued(logger);
        await console.WriteLineAsync(
            $$"""

            CoDraft has no administrator yet. Create one with this one-time setup token (valid until this process stops):

                curl -X POST <server>/api/auth/setup -H 'content-type: application/json' \
                  -d '{"token":"{{issued}}","email":"you@example.org","name":"Your Name","password":"…"}'

            or stop the server and run: dotnet run --project src/CoDraft.Server -- admin create --email you@example.org

            """);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
