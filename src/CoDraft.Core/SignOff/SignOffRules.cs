using CoDraft.Core.Accounts;
using CoDraft.Core.Errors;

namespace CoDraft.Core.SignOff;

/// <summary>
/// The rules of a sign-off round that do not depend on storage: which organisations a round asks, who may decide for
/// an organisation, and whether the round asks it. Each refuses with the code a caller sees (docs/errors.md).
/// </summary>
public static class SignOffRules
{
    /// <summary>
    /// The organisations a new round requires: every organisation of the statement (convening first) when the lead
    /// named none, else exactly those named, each once and each taking part in the statement.
    /// </summary>
    public static IReadOnlyList<Guid> RequiredOrganisations(StatementAccess access, IReadOnlyList<Guid>? asked)
    {
        if (asked is null)
        {
            return access.Organisations.ToList();
        }
        if (asked.Count == 0 || asked.Distinct().Count() != asked.Count)
        {
            throw new CoDraftException(ErrorCodes.InvalidRequest, "requiredOrganisations must name at least one organisation, each once.");
        }
        foreach (var organisationId in asked.Where(o => !access.Includes(o)))
        {
            throw new CoDraftException(ErrorCodes.OrganisationNotOnStatement, $"Organisation {organisationId} does not take part in this statement.");
        }
        return asked;
    }

    /// <summary>
    /// The organisation a person decides for: the one they name, by default their own; refused unless their role may
    /// approve and it is their own organisation (a signatory never decides for a partner).
    /// </summary>
    public static Guid DecidingOrganisation(StatementRole role, Guid personOrganisationId, Guid? asked)
    {
        var organisationId = asked ?? personOrganisationId;
        if (!StatementPermissions.MayApproveFor(role, personOrganisationId, organisationId))
        {
            throw new CoDraftException(ErrorCodes.WrongOrganisation, "A signatory decides only for their own organisation.");
        }
        return organisationId;
    }

    /// <summary>Refuses a decision for an organisation the round does not ask.</summary>
    public static void RequireAsked(SignOffRound round, Guid organisationId)
    {
        if (!round.RequiredOrganisations.Contains(organisationId))
        {
            throw new CoDraftException(ErrorCodes.NotRequired, "This round does not ask that organisation for its approval.");
        }
    }
}
