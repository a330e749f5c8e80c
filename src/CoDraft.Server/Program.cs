using CoDraft.Server.Apis;
using CoDraft.Server.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddCoDraftServices();

var app = builder.Build();
await app.InitializeStoreAsync();
app.UseCoDraftPipeline();
app.MapStatementsApi();
app.Run();

/// <summary>The web host's entry point, public so that tests can start it.</summary>
public partial class Program;
