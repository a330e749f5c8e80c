using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Server.SignOff;
using Microsoft.AspNetCore.SignalR;

using CoDraft.Protocol.Hub;
using CoDraft.Protocol.Rest;

namespace CoDraft.Server.Hubs;

/// <summary>
/// Tells a statement's live participants of lifecycle and sign-off changes. A change is stored before it is sent,
/// and a failed send is logged, never undoing it: clients that miss one read the state again on reconnect.
/// </summary>
public sealed class SignOffBroadcaster(IHubContext<DraftHub, IDraftClient> hub, ILogger<SignOffBroadcaster> logger) : ISignOffNotifier
{
    /// <inheritdoc />
    public Task LifecycleChangedAsync(Guid statementId, StatementState from, StatementState to, string by, DateTimeOffset at, string reason) =>
        SendAsync(statementId, group => group.LifecycleChanged(new LifecycleMessage(statementId, to, from, by, at, reason)));

    /// <inheritdoc />
    public Task RoundChangedAsync(Guid statementId, SignOffRound round, string change, SignOffCandidate candidate) =>
        SendAsync(statementId, group => group.RoundChanged(new RoundMessage(
            statementId, round.Id, change, candidate.Version, candidate.Sha256, round.RequiredOrganisations, round.Deadline)));

    /// <inheritdoc />
    public Task DecisionMadeAsync(Guid statementId, Guid roundId, SignOffDecision decision, bool allApproved) =>
        SendAsync(statementId, group => group.DecisionMade(new DecisionMessage(
            statementId, roundId, decision.OrganisationId, decision.PersonId, decision.Kind, decision.CandidateVersion,
            decision.CandidateSha256, decision.Comment, decision.At, allApproved)));

    private async Task SendAsync(Guid statementId, Func<IDraftClient, Task> send)
    {
        try
        {
            await send(hub.Clients.Group(DraftHub.GroupName(statementId)));
        }
        catch (Exception e)
        {
            SignOffLog.BroadcastFailed(logger, statementId, e);
        }
    }
}
