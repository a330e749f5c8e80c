using CoDraft.Protocol.Hub;
using CoDraft.Protocol.Rest;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CoDraft.Client.Transport;

/// <summary>
/// The hub's methods (<see cref="IDraftHub"/>) called over a connection with the cancellation token of one call. It
/// implements the interface the server's hub implements, so a method renamed, added or changed in CoDraft.Protocol
/// breaks this build rather than a call at run time; the names sent are those of the interface's methods.
/// Refusals become <see cref="DraftHubError"/> with their stable code.
/// </summary>
internal sealed class DraftHubCalls(HubConnection connection, CancellationToken cancellationToken) : IDraftHub
{
    public Task<JoinResult> Join(Guid statementId) => InvokeAsync<JoinResult>(nameof(IDraftHub.Join), statementId);

    public Task Leave(Guid statementId) => InvokeAsync<object?>(nameof(IDraftHub.Leave), statementId);

    public Task<SubmitResult> Submit(SubmitRequest request) => InvokeAsync<SubmitResult>(nameof(IDraftHub.Submit), request);

    public Task<CatchUpResult> CatchUp(Guid statementId, long version) =>
        InvokeAsync<CatchUpResult>(nameof(IDraftHub.CatchUp), statementId, version);

    public Task UpdatePresence(PresenceUpdate update) => InvokeAsync<object?>(nameof(IDraftHub.UpdatePresence), update);

    public Task<RevisionView> NameRevision(Guid statementId, string label) =>
        InvokeAsync<RevisionView>(nameof(IDraftHub.NameRevision), statementId, label);

    private async Task<T> InvokeAsync<T>(string method, params object?[] arguments)
    {
        try
        {
            return await connection.InvokeCoreAsync<T>(method, arguments, cancellationToken).ConfigureAwait(false);
        }
        catch (HubException e)
        {
            throw DraftHubError.From(e);
        }
    }
}
