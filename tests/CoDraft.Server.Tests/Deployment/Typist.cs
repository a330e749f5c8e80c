using CoDraft.Client.Transport;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;

namespace CoDraft.Server.Tests.Deployment;

/// <summary>
/// Types into a statement over a real hub connection, one acknowledged op at a time, appending a word each time, and
/// remembers the text the statement had at every version the server acknowledged.
/// </summary>
public sealed class Typist(DraftHubClient hub, Guid statementId)
{
    private readonly Dictionary<long, string> acknowledged = [];
    private string text = string.Empty;
    private long version;
    private long seq;

    /// <summary>The statement's text at each acknowledged version.</summary>
    public IReadOnlyDictionary<long, string> Acknowledged => acknowledged;

    /// <summary>The last acknowledged version.</summary>
    public long Version => Volatile.Read(ref version);

    /// <summary>Joins the statement.</summary>
    public async Task JoinAsync()
    {
        var joined = await hub.JoinAsync(statementId);
        (text, version) = (joined.Text, joined.Version);
        acknowledged[version] = text;
    }

    /// <summary>Appends " word{n}" and waits for the acknowledgement.</summary>
    public async Task TypeAsync()
    {
        var word = $" word{seq + 1}";
        var op = new TextOp([OpComponent.Retain(CodePoints.Count(text)), OpComponent.Insert(word)]);
        var result = await hub.SubmitAsync(new SubmitRequest(statementId, version, "typist", ++seq, op));
        text += word;
        acknowledged[result.Version] = text;
        Volatile.Write(ref version, result.Version);
    }
}
