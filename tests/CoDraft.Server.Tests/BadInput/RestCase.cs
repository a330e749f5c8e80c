namespace CoDraft.Server.Tests.BadInput;

/// <summary>
/// One bad REST request and the refusal it must get. <see cref="Path"/> and <see cref="Body"/> may name the fixture's
/// things: {S} the drafting statement, {P} the published one, {slug} its public address, {thread} a comment thread,
/// {partner}, {convening} and {spare} organisations, {viewer} a person. <see cref="Body"/> is sent as it is written.
/// </summary>
public sealed record RestCase(string Name, Who Who, string Method, string Path, string? Body, int Status, string Code, string ContentType = "application/json")
{
    public override string ToString() => Name;
}
