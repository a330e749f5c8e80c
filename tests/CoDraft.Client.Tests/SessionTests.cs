using CoDraft.Client.Sessions;
using CoDraft.Client.Tests.Simulation;
using CoDraft.Client.Transport;
using CoDraft.Core.Errors;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;

namespace CoDraft.Client.Tests;

/// <summary>The session's rules one at a time, with every delivery made by hand.</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task Own_echo_confirms_the_op_in_flight_without_changing_the_text_again()
    {
        using var inline = InlineContinuations.Enter();
        var server = new SimulatedServer("abc");
        var me = SimulatedClient.Join(server, "me");
        var remoteChanges = 0;
        me.Session.RemoteChanged += (_, _) => remoteChanges++;

        var committed = me.Session.Insert(3, "d");
        Assert.Equal("abcd", me.Session.Text);
        Assert.True(me.Session.HasUnconfirmedEdits);
        me.Connection.Settle();

        Assert.Equal("abcd", me.Session.Text);
        Assert.Equal(1, me.Session.Version);
        Assert.False(me.Session.HasUnconfirmedEdits);
        Assert.Equal(1, await committed);
        Assert.Equal(0, remoteChanges);
    }

    [Fact]
    public void Edits_typed_while_one_op_is_in_flight_go_out_together_after_its_echo()
    {
        using var inline = InlineContinuations.Enter();
        var server = new SimulatedServer();
        var me = SimulatedClient.Join(server, "me");

        _ = me.Session.Insert(0, "a");
        _ = me.Session.Insert(1, "b");
        _ = me.Session.Insert(2, "c");
        me.Connection.Settle();

        Assert.Equal("abc", server.Text);
        Assert.Equal(2, server.Version);
        Assert.Equal(["a", "bc"], server.Log.Select(m => string.Concat(m.Op.Components.Select(c => c.Text))));
    }

    [Fact]
    public void Concurrent_inserts_at_one_place_end_in_commit_order_everywhere()
    {
        using var inline = InlineContinuations.Enter();
        var server = new SimulatedServer("ac");
        var first = SimulatedClient.Join(server, "first");
        var second = SimulatedClient.Join(server, "second");

        _ = first.Session.Insert(1, "X");
        _ = second.Session.Insert(1, "Y");
        first.Connection.DeliverUp();
        second.Connection.DeliverUp();
        first.Connection.Settle();
        second.Connection.Settle();
        first.Connection.Settle();

        Assert.Equal("aXYc", server.Text);
        Assert.Equal("aXYc", first.Session.Text);
        Assert.Equal("aXYc", second.Session.Text);
    }

    [Fact]
    public async Task Messages_that_arrive_before_join_returns_are_applied_after_it()
    {
        using var inline = InlineContinuations.Enter();
        var server = new SimulatedServer("abc");
        var other = SimulatedClient.Join(server, "other");
        _ = other.Session.Insert(0, "1");
        other.Connection.Settle();
        var connection = new SimulatedConnection(server, "me");

        var joining = DraftSession.JoinAsync(connection, server.StatementId);
        connection.DeliverUp();
        _ = other.Session.Insert(0, "2");
        other.Connection.Settle();
        connection.Push(server.Log[1]);
        connection.Push(server.Log[0]);
        connection.Settle();

        Assert.True(joining.IsCompletedSuccessfully);
        var me = await joining;
        Assert.Equal("21abc", me.Text);
        Assert.Equal(2, me.Version);
    }

    [Fact]
    public void A_message_beyond_the_next_version_waits_for_a_catch_up_to_fill_the_gap()
    {
        using var inline = InlineContinuations.Enter();
        var server = new SimulatedServer("abc");
        var me = SimulatedClient.Join(server, "me");
        var other = SimulatedClient.Join(server, "other");
        _ = other.Session.Insert(3, "d");
        other.Connection.Settle();
        _ = other.Session.Insert(4, "e");
        other.Connection.Settle();

        me.Connection.Push(server.Log[1]);

        Assert.Equal("abc", me.Session.Text);
        Assert.Equal(0, me.Session.Version);
        Assert.Equal("CatchUp", me.Connection.Calls[^1]);
        me.Connection.Settle();
        Assert.Equal("abcde", me.Session.Text);
        Assert.Equal(2, me.Session.Version);
    }

    [Fact]
    public async Task An_op_that_concurrent_edits_made_empty_is_settled_by_its_reply_and_the_next_goes_out()
    {
        using var inline = InlineContinuations.Enter();
        var server = new SimulatedServer("abc");
        var me = SimulatedClient.Join(server, "me");
        var other = SimulatedClient.Join(server, "other");
        me.Connection.Settle();
        _ = other.Session.Delete(1, 1);
        other.Connection.Settle();

        var emptied = me.Session.Delete(1, 1);
        var typedNext = me.Session.Insert(0, "X");
        me.Connection.Settle();

        Assert.Equal(1, await emptied);
        Assert.Equal(2, await typedNext);
        Assert.Equal("Xac", server.Text);
        Assert.Equal("Xac", me.Session.Text);
        Assert.False(me.Session.HasUnconfirmedEdits);
    }

    [Fact]
    public async Task A_rate_limited_submission_is_sent_again_and_committed_once()
    {
        using var inline = InlineContinuations.Enter();
        var server = new SimulatedServer("abc");
        var connection = new SimulatedConnection(server, "me");
        var joining = DraftSession.JoinAsync(connection, server.StatementId, new DraftSessionOptions { RateLimitBackoff = TimeSpan.Zero });
        connection.Settle();
        var me = await joining;
        server.Refusals.Enqueue(ErrorCodes.RateLimited);

        _ = me.Insert(3, "!");
        connection.Settle();

        Assert.Equal("abc!", server.Text);
        Assert.Equal(1, server.Version);
        Assert.Equal(2, connection.Calls.Count(c => c == "Submit"));
        Assert.False(me.HasUnconfirmedEdits);
    }

    [Fact]
    public async Task A_refused_op_stops_the_session_with_the_hub_code()
    {
        using var inline = InlineContinuations.Enter();
        var server = new SimulatedServer("abc");
        var me = SimulatedClient.Join(server, "me");
        server.Refusals.Enqueue(InvalidOpException.OutOfRange);

        _ = me.Session.Insert(3, "!");
        me.Connection.Settle();

        var error = await Assert.ThrowsAsync<DraftHubError>(() => me.Session.WaitForIdleAsync());
        Assert.Equal(InvalidOpException.OutOfRange, error.Code);
        Assert.Equal("abc", server.Text);
        Assert.Same(error, me.Session.Fault);
        Assert.Throws<InvalidOperationException>(() => { _ = me.Session.Insert(0, "x"); });
    }

    [Fact]
    public void A_local_edit_outside_the_text_is_refused_and_changes_nothing()
    {
        using var inline = InlineContinuations.Enter();
        var server = new SimulatedServer("abc");
        var me = SimulatedClient.Join(server, "me");

        var error = Assert.Throws<InvalidOpException>(() => { _ = me.Session.Insert(4, "x"); });

        Assert.Equal(InvalidOpException.OutOfRange, error.Code);
        Assert.Equal("abc", me.Session.Text);
        Assert.False(me.Session.HasUnconfirmedEdits);
        Assert.DoesNotContain("Submit", me.Connection.Calls);
    }

    [Fact]
    public async Task A_remote_cursor_follows_local_and_remote_edits_and_goes_when_its_owner_leaves()
    {
        using var inline = InlineContinuations.Enter();
        var server = new SimulatedServer("abcdef");
        var me = SimulatedClient.Join(server, "me");
        var other = SimulatedClient.Join(server, "other");
        me.Connection.Settle();

        var sharing = other.Session.UpdatePresenceAsync(new Selection(2, 4));
        other.Connection.Settle();
        await sharing;
        me.Connection.Settle();
        Assert.Equal(new Selection(2, 4), me.Session.Participants.Single().Selection);

        _ = me.Session.Insert(0, "XY");
        Assert.Equal(new Selection(4, 6), me.Session.Participants.Single().Selection);
        me.Connection.Settle();
        Assert.Equal(new Selection(4, 6), me.Session.Participants.Single().Selection);

        other.Connection.Settle();
        _ = other.Session.Insert(5, "Z");
        other.Connection.Settle();
        me.Connection.Settle();
        Assert.Equal(new Selection(4, 7), me.Session.Participants.Single().Selection);

        var leaving = other.Session.LeaveAsync();
        other.Connection.Settle();
        await leaving;
        me.Connection.Settle();
        Assert.Empty(me.Session.Participants);
    }

    [Fact]
    public void A_cursor_already_as_of_an_op_is_not_moved_by_it()
    {
        using var inline = InlineContinuations.Enter();
        var server = new SimulatedServer("abcdef");
        var me = SimulatedClient.Join(server, "me");
        var other = SimulatedClient.Join(server, "other");
        me.Connection.Settle();
        _ = other.Session.Insert(0, "XX");
        other.Connection.Settle();
        var joined = me.Session.Participants.Single();

        me.Connection.Push(new PresenceMessage(
            server.StatementId, joined.ConnectionId, joined.PersonId, joined.Name, joined.Organisation, new PresenceSelection(4, 4), Version: 1));
        me.Connection.Settle();

        Assert.Equal(1, me.Session.Version);
        Assert.Equal(new Selection(4, 4), me.Session.Participants.Single().Selection);
    }

    [Fact]
    public void Hub_error_code_is_read_from_the_signalr_message()
    {
        var error = DraftHubError.From(new Microsoft.AspNetCore.SignalR.HubException(
            "An unexpected error occurred invoking 'Submit' on the server. HubException: op.out_of_range: The op reaches past the end."));

        Assert.Equal("op.out_of_range", error.Code);
        Assert.Equal("The op reaches past the end.", error.Message);
    }
}
