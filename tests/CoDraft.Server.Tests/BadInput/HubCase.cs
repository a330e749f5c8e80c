namespace CoDraft.Server.Tests.BadInput;

/// <summary>
/// One bad hub call and the code its HubException must start with. <see cref="Arguments"/> makes the call's
/// arguments from the fixture (objects the JSON protocol writes as they are, so they may be of the wrong type);
/// <see cref="JoinFirst"/> is the statement the connection joins before the call (null: it joins none).
/// </summary>
public sealed record HubCase(string Name, Who Who, string Method, Func<BadInputFixture, Task<object?[]>> Arguments, string Code, Func<BadInputFixture, Guid>? JoinFirst = null)
{
    public override string ToString() => Name;
}
