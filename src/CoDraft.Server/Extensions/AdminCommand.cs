using CoDraft.Core.Errors;
using CoDraft.Server.Auth;

namespace CoDraft.Server.Extensions;

/// <summary>
/// <c>admin create --email you@example.org [--name "Your Name"] [settings…]</c>: creates an administrator in the
/// configured store and exits. The password is read from <see cref="PasswordVariable"/> or, when that is unset,
/// from the first line of standard input; it is never a command-line argument (those show in process lists
/// and shell history). Other arguments are settings, as for the server (e.g. <c>--Storage:SqlitePath=…</c>).
/// </summary>
public static class AdminCommand
{
    /// <summary>The environment variable the password may be given in.</summary>
    public const string PasswordVariable = "CODRAFT_ADMIN_PASSWORD";

    /// <summary>True when the program was started to run this command rather than the server.</summary>
    public static bool Matches(string[] args) => args is ["admin", ..];

    /// <summary>Runs the command; the process exit code (0 on success).</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, string? passwordFromEnvironment)
    {
        if (args is not ["admin", "create", .. var rest])
        {
            await error.WriteLineAsync("Usage: admin create --email <email> [--name <name>] [--Setting=value …]; password from $" + PasswordVariable + " or standard input.");
            return 2;
        }
        var email = Option(rest, "--email", out var afterEmail);
        var name = Option(afterEmail, "--name", out var settings) ?? email?.Split('@')[0];
        var password = passwordFromEnvironment;
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync("Password (from standard input):");
            password = await input.ReadLineAsync();
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = settings, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.AddCoDraftServices();
        await using var app = builder.Build();
        await app.InitializeStoreAsync();
        try
        {
            var person = await app.Services.GetRequiredService<AccountService>().CreatePersonAsync(email, name, password, administrator: true);
            await output.WriteLineAsync($"Administrator {person.Email} created (id {person.Id}).");
            return 0;
        }
        catch (CoDraftException e)
        {
            await error.WriteLineAsync($"{e.Code}: {e.Message}");
            return 1;
        }
    }

    /// <summary>The value after <paramref name="name"/> (as "--name value" or "--name=value"), and the arguments without it.</summary>
    private static string? Option(string[] args, string name, out string[] rest)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                rest = [.. args[..i], .. args[(i + 1)..]];
                return args[i][(name.Length + 1)..];
            }
            if (args[i] == name && i + 1 < args.Length)
            {
                rest = [.. args[..i], .. args[(i + 2)..]];
                return args[i + 1];
            }
        }
        rest = args;
        return null;
    }
}
