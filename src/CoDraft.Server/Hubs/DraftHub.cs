using CoDraft.Core.Accounts;
using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Errors;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;
using CoDraft.Protocol.Rest;
using CoDraft.Server.Apis.Contracts;
using CoDraft.Server.Auth;
using CoDraft.Server.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace CoDraft.Server.Hubs;

/// <summary>
/// Live co-editing of statements at <c>/hubs/draft</c>, for signed-in people only. Every method first checks the
/// caller's role on the statement, as the REST routes do (no role: statement.not_found; a role that does not
/// allow it: access.forbidden), then its input; refusals reach the client as a HubException whose message starts
/// with a stable code (see docs/protocol.md). The role is checked on every call, not only on joining, so that a
/// role taken away mid-session stops working at once; the frequent calls (Submit, UpdatePresence, CatchUp) reuse
/// the connection's previous reading of access while this server has changed none and it is at most
/// <see cref="DraftHubOptions.AccessRecheckSeconds"/> old.
/// </summary>
[Authorize]
public sealed class DraftHub(
    DraftEditor editor,
    PresenceTracker presence,
    IRemotePresence remotePresence,
    StatementGuard guard,
    IOptions<DraftHubOptions> options) : Hub<IDraftClient>, IDraftHub
{
    /// <summary>The path the hub is mapped at.</summary>
    public const string Path = LiveConnectionPath.Value;

    /// <summary>The SignalR group of a statement's participants.</summary>
    public static string GroupName(Guid statementId) => "statement:" + statementId.ToString("N");

    /// <summary>Joins a statement: from now on the caller receives its ops and presence. Returns its text and version.</summary>
    public async Task<JoinResult> Join(Guid statementId)
    {
        await RequireAsync(statementId, StatementAction.Read);
        var person = SignedInPerson.From(Context.User!);
        // Join the group before reading the text, so that no op committed in between is missed; the client
        // drops broadcasts for versions it already has.
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupName(statementId));
        try
        {
            var (text, version) = await editor.ReadHeadAsync(statementId, Context.ConnectionAborted);
            var others = presence.Participants(statementId).Concat(remotePresence.Participants(statementId)).ToList();
            var me = presence.Join(statementId, Context.ConnectionId, person.Id.ToString("D"), person.Name, person.Organisation, version);
            await Clients.OthersInGroup(GroupName(statementId)).PresenceChanged(me);
            return new JoinResult(statementId, text, version, others);
        }
        catch
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupName(statementId));
            throw;
        }
    }

    /// <summary>Leaves a statement; the caller's presence is cleared for everyone.</summary>
    public async Task Leave(Guid statementId)
    {
        await RequireAsync(statementId, StatementAction.Read);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupName(statementId));
        if (presence.Leave(statementId, Context.ConnectionId))
        {
            await Clients.Group(GroupName(statementId)).PresenceLeft(new PresenceLeftMessage(statementId, Context.ConnectionId));
        }
    }

    /// <summary>
    /// Submits an op made on <see cref="SubmitRequest.BaseVersion"/>. It is transformed, validated and committed,
    /// then broadcast to every participant including the caller (that echo, in order, is the acknowledgement).
    /// A resend of a committed (clientId, seq) returns the original version and applies nothing.
    /// </summary>
    public async Task<SubmitResult> Submit(SubmitRequest request)
    {
        var caller = await RequireRecentAsync(request.StatementId, StatementAction.Edit);
        RequireJoined(request.StatementId);
        if (string.IsNullOrEmpty(request.ClientId) || request.ClientId.Length > MaxClientIdLength || request.Seq < 0)
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, $"clientId must be 1 to {MaxClientIdLength} characters and seq ≥ 0.");
        }
        if (request.Op is null)
        {
            throw new InvalidOpException(InvalidOpException.Malformed, "The op is missing.");
        }
        // The op's structure first, so that a lone surrogate stays op.invalid_text; then the characters it inserts.
        TextType.Check(request.Op);
        XmlSafeText.RequireInserts(request.Op, "text");
        if (!RateLimit().TryTake())
        {
            throw new CoDraftException(ErrorCodes.RateLimited, $"More than {options.Value.MaxOpsPerSecond} ops per second; slow down and resend.");
        }
        var result = await editor.SubmitAsync(
            new Submission(request.StatementId, request.BaseVersion, request.ClientId, request.Seq, request.Op, caller.PersonId.ToString("D")),
            Context.ConnectionAborted);
        return new SubmitResult(result.Version, result.Duplicate);
    }

    /// <summary>The ops committed after <paramref name="version"/>, for a client that was away.</summary>
    public async Task<CatchUpResult> CatchUp(Guid statementId, long version)
    {
        await RequireRecentAsync(statementId, StatementAction.Read);
        RequireJoined(statementId);
        var (ops, head) = await editor.ReadOpsSinceAsync(statementId, version, Context.ConnectionAborted);
        return new CatchUpResult(statementId, head,
            ops.Select(o => new OpMessage(o.StatementId, o.Version, o.Op, o.ClientId, o.Seq, o.Author)).ToList());
    }

    /// <summary>Shares the caller's cursor or selection (null to hide it), as of the version the caller has.</summary>
    public async Task UpdatePresence(PresenceUpdate update)
    {
        await RequireRecentAsync(update.StatementId, StatementAction.Read);
        RequireJoined(update.StatementId);
        PresenceSelection? selection = null;
        var version = update.Version;
        if (update.Selection is { } s)
        {
            if (s.Anchor < 0 || s.Head < 0)
            {
                throw new CoDraftException(ErrorCodes.InvalidRequest, "Selection positions must not be negative.");
            }
            var (moved, head) = await editor.TransformSelectionToHeadAsync(update.StatementId, update.Version, new Selection(s.Anchor, s.Head), Context.ConnectionAborted);
            selection = new PresenceSelection(moved.Anchor, moved.Head);
            version = head;
        }
        if (presence.Update(update.StatementId, Context.ConnectionId, selection, version) is { } message)
        {
            await Clients.OthersInGroup(GroupName(update.StatementId)).PresenceChanged(message);
        }
    }

    /// <summary>Names the current version, like the REST route.</summary>
    public async Task<RevisionView> NameRevision(Guid statementId, string label)
    {
        var caller = await RequireAsync(statementId, StatementAction.NameRevision);
        RequireJoined(statementId);
        var trimmed = Label.Require(label, "label");
        return RevisionView.From(await editor.NameCurrentVersionAsync(statementId, trimmed, caller.PersonId.ToString("D"), Context.ConnectionAborted));
    }

    /// <summary>
    /// Where a call whose arguments do not bind ends up (see <see cref="ArgumentBindingProtocol"/>): refused with
    /// <see cref="ErrorCodes.InvalidRequest"/> naming the method that was called.
    /// </summary>
    public Task RefuseArguments(string target) =>
        throw new CoDraftException(ErrorCodes.InvalidRequest, $"The arguments of {target} do not match what it takes (see docs/protocol.md).");

    /// <inheritdoc />
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var statementId in presence.LeaveAll(Context.ConnectionId))
        {
            await Clients.Group(GroupName(statementId)).PresenceLeft(new PresenceLeftMessage(statementId, Context.ConnectionId));
        }
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>Longest client id: a UUID or similar, not a payload.</summary>
    public const int MaxClientIdLength = 64;

    private Task<StatementCaller> RequireAsync(Guid statementId, StatementAction action) =>
        guard.RequireAsync(statementId, Context.User!, action, Context.ConnectionAborted);

    /// <summary>The check of the calls a live connection makes several times a second; see <see cref="StatementGuard.RequireRecentAsync"/>.</summary>
    private Task<StatementCaller> RequireRecentAsync(Guid statementId, StatementAction action)
    {
        if (!Context.Items.TryGetValue(typeof(RecentAccess), out var existing) || existing is not RecentAccess recent)
        {
            recent = new RecentAccess();
            Context.Items[typeof(RecentAccess)] = recent;
        }
        return guard.RequireRecentAsync(statementId, Context.User!, action, recent,
            TimeSpan.FromSeconds(options.Value.AccessRecheckSeconds), Context.ConnectionAborted);
    }

    private void RequireJoined(Guid statementId)
    {
        if (!presence.HasJoined(statementId, Context.ConnectionId))
        {
            throw new CoDraftException(ErrorCodes.NotJoined, "Join the statement first.");
        }
    }

    private OpRateLimit RateLimit()
    {
        if (Context.Items.TryGetValue(typeof(OpRateLimit), out var existing) && existing is OpRateLimit limit)
        {
            return limit;
        }
        limit = new OpRateLimit(options.Value.MaxOpsPerSecond, options.Value.Burst);
        Context.Items[typeof(OpRateLimit)] = limit;
        return limit;
    }
}
