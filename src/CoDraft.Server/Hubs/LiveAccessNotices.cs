using CoDraft.Core.Accounts;
using CoDraft.Protocol.Hub;
using CoDraft.Server.Auth;
using Microsoft.AspNetCore.SignalR;

namespace CoDraft.Server.Hubs;

/// <summary>
/// Tells each person whose role on a statement a change of access moved (given, changed, taken away, or lost with
/// their organisation's partnership) at once, on all their live connections, so that an open editor switches its
/// mode instead of finding out at the next keystroke. The hub checks the role on every call regardless.
/// </summary>
public sealed partial class LiveAccessNotices(IHubContext<DraftHub, IDraftClient> hub, ILogger<LiveAccessNotices> logger) : IAccessChangeListener
{
    /// <inheritdoc />
    public async Task AccessChangedAsync(StatementAccess before, StatementAccess after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        foreach (var (personId, was, now) in Moved(before, after))
        {
            try
            {
                await hub.Clients.User(personId.ToString("D")).AccessChanged(new AccessChangedMessage(after.StatementId, now));
            }
            catch (Exception e)
            {
                // The change is stored and the hub enforces it on the next call; only the early notice is lost.
                LogNoticeFailed(logger, after.StatementId, personId, was, now, e);
            }
        }
    }

    /// <inheritdoc />
    public async Task MembershipEndedAsync(Guid personId, IReadOnlyList<Guid> statementIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statementIds);
        foreach (var statementId in statementIds)
        {
            try
            {
                await hub.Clients.User(personId.ToString("D")).AccessChanged(new AccessChangedMessage(statementId, null));
            }
            catch (Exception e)
            {
                LogNoticeFailed(logger, statementId, personId, null, null, e);
            }
        }
    }

    /// <summary>Everyone whose role differs between the two, with the role before and after (null: none).</summary>
    public static IEnumerable<(Guid PersonId, StatementRole? Before, StatementRole? After)> Moved(StatementAccess before, StatementAccess after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        foreach (var personId in before.People.Concat(after.People).Select(p => p.PersonId).Distinct())
        {
            var was = RoleIn(before, personId);
            var now = RoleIn(after, personId);
            if (was != now)
            {
                yield return (personId, was, now);
            }
        }
    }

    private static StatementRole? RoleIn(StatementAccess access, Guid personId) =>
        access.People.FirstOrDefault(p => p.PersonId == personId) is { } member ? access.RoleOf(personId, member.OrganisationId) : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell person {PersonId} that their role on statement {StatementId} changed from {Before} to {After}.")]
    private static partial void LogNoticeFailed(ILogger logger, Guid statementId, Guid personId, StatementRole? before, StatementRole? after, Exception exception);
}
