using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using CoDraft.Core.Accounts;
using CoDraft.Core.Text;
using CoDraft.Protocol.Hub;
using CoDraft.Server.Hubs;
using CoDraft.Server.Tests.Hubs.Infrastructure;
using CoDraft.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CoDraft.Server.Tests.Auth;

/// <summary>
/// A lead changing someone's role while they type: that person's live connections are told at once
/// (<c>AccessChanged</c>), the hub refuses their next edit with <c>access.forbidden</c>, and nobody else is told.
/// </summary>
public sealed class LiveRoleChangeTests : IAsyncLifetime
{
    private readonly KestrelCoalitionFixture fixture = new();

    private Coalition coalition = null!;

    public async Task InitializeAsync()
    {
        await fixture.InitializeAsync();
        coalition = fixture.Coalition;
    }

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task An_editor_made_viewer_mid_session_is_told_at_once_and_can_edit_again_once_made_editor()
    {
        var editor = coalition.Person(Caller.Editor)!;
        var (editorConnection, editorNotices) = await ConnectAsync(editor);
        var (viewerConnection, viewerNotices) = await ConnectAsync(coalition.Person(Caller.Viewer)!);
        await using var _ = editorConnection;
        await using var __ = viewerConnection;
        var joined = await editorConnection.InvokeAsync<JoinResult>(nameof(DraftHub.Join), coalition.StatementId);
        var seq = 0;
        Task<SubmitResult> Type(string text) => editorConnection.InvokeAsync<SubmitResult>(nameof(DraftHub.Submit),
            new SubmitRequest(coalition.StatementId, joined.Version, "typist", ++seq, new TextOp([OpComponent.Insert(text)])));
        await Type("First ");

        await TestAccounts.GiveRoleAsync(coalition.Lead, coalition.StatementId, editor, StatementRole.Viewer);

        await Eventually.HoldsAsync(() => editorNotices.Contains(new AccessChangedMessage(coalition.StatementId, StatementRole.Viewer)), "the editor is told they are a viewer now");
        var refused = await Assert.ThrowsAsync<HubException>(() => Type("second "));
        Assert.Contains("access.forbidden:", refused.Message, StringComparison.Ordinal);

        await TestAccounts.GiveRoleAsync(coalition.Lead, coalition.StatementId, editor, StatementRole.Editor);

        await Eventually.HoldsAsync(() => editorNotices.Contains(new AccessChangedMessage(coalition.StatementId, StatementRole.Editor)), "the editor is told they may edit again");
        await Type("third ");
        var text = await coalition.Lead.Client.GetStringAsync($"/api/statements/{coalition.StatementId}");
        Assert.Contains("First ", text, StringComparison.Ordinal);
        Assert.Contains("third ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("second", text, StringComparison.Ordinal);
        Assert.Empty(viewerNotices);
    }

    [Fact]
    public async Task People_whose_organisation_leaves_the_statement_are_told_they_no_longer_take_part()
    {
        var (connection, notices) = await ConnectAsync(coalition.Person(Caller.Commenter)!);
        await using var _ = connection;

        var removed = await coalition.Lead.Client.DeleteAsync($"/api/statements/{coalition.StatementId}/access/partners/{coalition.PartnerOrganisation}");
        removed.EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(() => notices.Contains(new AccessChangedMessage(coalition.StatementId, null)), "the commenter is told they no longer take part");
    }

    [Fact]
    public async Task Someone_removed_from_their_organisation_is_told_at_once_they_no_longer_take_part()
    {
        var editor = coalition.Person(Caller.Editor)!;
        var (connection, notices) = await ConnectAsync(editor);
        await using var _ = connection;
        var partnerAdmin = await coalition.Factory.Accounts.OrganisationAdminAsync(coalition.PartnerOrganisation);

        var removed = await partnerAdmin.Client.DeleteAsync($"/api/organisations/{coalition.PartnerOrganisation}/members/{editor.Id}");

        removed.EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(() => notices.Contains(new AccessChangedMessage(coalition.StatementId, null)), "the editor is told they no longer take part");
    }

    private async Task<(HubConnection Connection, ConcurrentBag<AccessChangedMessage> Notices)> ConnectAsync(TestPerson person)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(fixture.Address, $"{DraftHub.Path}?access_token={Uri.EscapeDataString(person.Token)}"),
                o => o.Transports = HttpTransportType.WebSockets)
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        var notices = new ConcurrentBag<AccessChangedMessage>();
        connection.On<AccessChangedMessage>(nameof(IDraftClient.AccessChanged), notices.Add);
        await connection.StartAsync();
        return (connection, notices);
    }
}
