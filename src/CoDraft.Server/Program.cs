using CoDraft.Server.Apis;
using CoDraft.Server.Auth;
using CoDraft.Server.Extensions;
using CoDraft.Server.StoreCopy;

if (AdminCommand.Matches(args))
{
    return await AdminCommand.RunAsync(args, Console.In, Console.Out, Console.Error, Environment.GetEnvironmentVariable(AdminCommand.PasswordVariable));
}

if (StoreCopyCommand.Matches(args))
{
    return await StoreCopyCommand.RunAsync(args, Console.Out, Console.Error);
}

// Settings and web assets are found beside the program, wherever it is started from, so that a relative data
// path (./data by default) is relative to the folder the server was started in.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddCoDraftServices();
builder.AddCoDraftProxy();
builder.AddCoDraftTelemetry();

var app = builder.Build();
await app.InitializeStoreAsync();
app.UseCoDraftTelemetry();
app.UseCoDraftProxy();
app.UseCoDraftPipeline();
app.MapAuthApi();
app.MapTokensApi();
app.MapOrganisationsApi();
app.MapOrganisationStatementsApi();
app.MapInvitationsApi();
app.MapStatementsApi();
app.MapWordApi();
app.MapStatementAccessApi();
app.MapSignOffApi();
app.MapAuditApi();
app.MapReviewApi();
app.MapPublicationApi();
app.MapPublicPagesApi();
await app.RunAsync();
return 0;

/// <summary>The web host's entry point, public so that tests can start it.</summary>
public partial class Program;
