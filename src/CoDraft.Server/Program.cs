using CoDraft.Server.Apis;
using CoDraft.Server.Extensions;

// Settings and web assets are found beside the program, wherever it is started from, so that a relative data
// path (./data by default) is relative to the folder the server was started in.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddCoDraftServices();

var app = builder.Build();
await app.InitializeStoreAsync();
app.UseCoDraftPipeline();
app.MapStatementsApi();
app.Run();

/// <summary>The web host's entry point, public so that tests can start it.</summary>
public partial class Program;
