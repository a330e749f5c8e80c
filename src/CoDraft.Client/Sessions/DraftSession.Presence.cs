using CoDraft.Client.Transport;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;

namespace CoDraft.Client.Sessions;

public sealed partial class DraftSession
{
    // Others' presence as the server sent it, each kept at the server version it is expressed in.
    private readonly Dictionary<string, PresenceMessage> others = new(StringComparer.Ordinal);
    private Selection? localSelection;

    /// <summary>The other participants, with their selections moved into the local text (local edits included).</summary>
    public IReadOnlyList<Participant> Participants
    {
        get
        {
            lock (gate)
            {
                var unconfirmed = UnconfirmedLocked();
                return others.Values
                    .OrderBy(p => p.ConnectionId, StringComparer.Ordinal)
                    .Select(p => new Participant(p.ConnectionId, p.PersonId, p.Name, p.Organisation, LocalSelectionLocked(p, unconfirmed)))
                    .ToList();
            }
        }
    }

    /// <summary>
    /// Shares this participant's cursor or selection, in local text positions (null hides it). It is sent as of
    /// <see cref="Version"/>, with the local edits the server has not confirmed taken out; it is sent again after a reconnect.
    /// </summary>
    /// <exception cref="DraftHubError">The hub refused the update.</exception>
    public async Task UpdatePresenceAsync(Selection? selection, CancellationToken cancellationToken = default)
    {
        PresenceUpdate update;
        lock (gate)
        {
            ThrowIfUnusableLocked();
            if (selection is { } s && (s.Anchor < 0 || s.Head < 0 || s.Anchor > text.Length || s.Head > text.Length))
            {
                throw new ArgumentOutOfRangeException(nameof(selection), "The selection is outside the text.");
            }
            localSelection = selection;
            if (!joined || rejoining)
            {
                return;
            }
            update = PresenceUpdateLocked();
        }
        try
        {
            await transport.UpdatePresenceAsync(update, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not DraftHubError && IsConnectionFailure(e) && !cancellationToken.IsCancellationRequested)
        {
            // Sent again once the connection is back.
        }
    }

    private PresenceUpdate PresenceUpdateLocked()
    {
        PresenceSelection? shared = null;
        if (localSelection is { } s)
        {
            if (UnconfirmedLocked() is { } unconfirmed)
            {
                s = TextType.TransformSelection(s, TextType.Invert(unconfirmed));
            }
            shared = new PresenceSelection(Math.Max(0, s.Anchor), Math.Max(0, s.Head));
        }
        return new PresenceUpdate(StatementId, version, shared);
    }

    private void OnPresenceChanged(PresenceMessage message)
    {
        if (message.StatementId != StatementId)
        {
            return;
        }
        lock (gate)
        {
            if (detached)
            {
                return;
            }
            others[message.ConnectionId] = message;
            ParticipantsChanged?.Invoke(this, EventArgs.Empty);
        }
    }

    private void OnPresenceLeft(PresenceLeftMessage message)
    {
        if (message.StatementId != StatementId)
        {
            return;
        }
        lock (gate)
        {
            if (!detached && others.Remove(message.ConnectionId))
            {
                ParticipantsChanged?.Invoke(this, EventArgs.Empty);
            }
        }
    }

    /// <summary>Adds the participants a join listed, unless a message about them came first (it is newer).</summary>
    private void AddParticipantsLocked(IReadOnlyList<PresenceMessage> participants)
    {
        foreach (var participant in participants)
        {
            others.TryAdd(participant.ConnectionId, participant);
        }
    }

    /// <summary>Moves others' selections through a committed op, unless they are already as of its version or later.</summary>
    private void MoveParticipantsLocked(TextOp committed, long committedVersion)
    {
        foreach (var participant in others.Values.Where(p => p.Version < committedVersion).ToList())
        {
            var moved = participant.Selection is { } s
                ? TextType.TransformSelection(new Selection(s.Anchor, s.Head), committed)
                : (Selection?)null;
            others[participant.ConnectionId] = participant with
            {
                Selection = moved is { } m ? new PresenceSelection(m.Anchor, m.Head) : null,
                Version = committedVersion,
            };
        }
    }

    private Selection? LocalSelectionLocked(PresenceMessage participant, TextOp? unconfirmed)
    {
        if (participant.Selection is not { } s)
        {
            return null;
        }
        var selection = new Selection(s.Anchor, s.Head);
        if (participant.Version == version && unconfirmed is not null)
        {
            selection = TextType.TransformSelection(selection, unconfirmed);
        }
        var length = text.Length;
        return new Selection(Math.Clamp(selection.Anchor, 0, length), Math.Clamp(selection.Head, 0, length));
    }

    /// <summary>The local edits the server has not confirmed, as one op on <see cref="Version"/>.</summary>
    private TextOp? UnconfirmedLocked() => (inflight?.Op, pending) switch
    {
        ({ } flying, { } waiting) => TextType.Compose(flying, waiting),
        ({ } flying, null) => flying,
        (null, var waiting) => waiting,
    };
}
