using CoDraft.Server.Tests.Infrastructure;

namespace CoDraft.Server.Tests.Auth;

/// <summary>
/// One statement route of the access matrix: how to call it (after the lead has prepared what a successful call
/// needs), which callers may, and the status they get.
/// </summary>
public sealed record MatrixRoute(
    string Method,
    string Pattern,
    Func<Coalition, Task<HttpRequestMessage>> Request,
    Caller[] Allowed,
    int SuccessStatus,
    Func<Coalition, Task>? Prepare = null)
{
    public override string ToString() => $"{Method} {Pattern}";
}
