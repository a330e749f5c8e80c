using CoDraft.Core.Accounts;
using static CoDraft.Core.Accounts.StatementAction;
using static CoDraft.Core.Accounts.StatementRole;

namespace CoDraft.Core.Tests.Accounts;

public sealed class StatementPermissionsTests
{
    /// <summary>The whole table, written out row by row as docs/accounts.md shows it.</summary>
    public static TheoryData<StatementRole, StatementAction[]> Table => new()
    {
        { Viewer, [Read] },
        { Commenter, [Read, Comment, Suggest] },
        { Signatory, [Read, Comment, Suggest, Approve] },
        { Editor, [Read, Comment, Suggest, Edit, NameRevision] },
        { Lead, Enum.GetValues<StatementAction>() },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_role_may_do_exactly_what_the_table_says(StatementRole role, StatementAction[] allowed)
    {
        foreach (var action in Enum.GetValues<StatementAction>())
        {
            Assert.True(allowed.Contains(action) == StatementPermissions.Allows(role, action), $"{role} × {action}");
        }
    }

    [Fact]
    public void Every_action_is_allowed_to_some_role_and_leads_may_do_everything()
    {
        foreach (var action in Enum.GetValues<StatementAction>())
        {
            Assert.Contains(Lead, StatementPermissions.RolesAllowedTo(action));
        }
    }

    [Fact]
    public void A_signatory_approves_for_their_own_organisation_only()
    {
        var (own, other) = (Guid.NewGuid(), Guid.NewGuid());

        Assert.True(StatementPermissions.MayApproveFor(Signatory, own, own));
        Assert.False(StatementPermissions.MayApproveFor(Signatory, own, other));
        Assert.False(StatementPermissions.MayApproveFor(Editor, own, own));
    }
}
