using CoDraft.Core.Accounts;
using CoDraft.Core.Storage;

namespace CoDraft.Server.SignOff;

/// <summary>
/// Who can approve for an organisation on a statement now: a person holding an approving role for it
/// (<see cref="StatementAccess.ApproversOf"/>) who still belongs to it. A round requiring an organisation without
/// one could never complete, so opening it is refused and the sign-off page warns before.
/// </summary>
public sealed class Approvers(IAccountStore store)
{
    /// <summary>Those of <paramref name="organisations"/> that nobody can approve for now, in the order given.</summary>
    public async Task<IReadOnlyList<Guid>> WithoutApproverAsync(StatementAccess access, IEnumerable<Guid> organisations, CancellationToken ct)
    {
        var without = new List<Guid>();
        foreach (var organisationId in organisations)
        {
            var any = false;
            foreach (var personId in access.ApproversOf(organisationId))
            {
                if (await store.FindMembershipAsync(personId, ct) is { } membership && membership.OrganisationId == organisationId)
                {
                    any = true;
                    break;
                }
            }
            if (!any)
            {
                without.Add(organisationId);
            }
        }
        return without;
    }
}
