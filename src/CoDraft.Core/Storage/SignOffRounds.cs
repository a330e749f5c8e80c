using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;

namespace CoDraft.Core.Storage;

/// <summary>The shape a round given to <see cref="ISignOffStore.OpenRoundAsync"/> must have, checked by every adapter first.</summary>
public static class SignOffRounds
{
    /// <summary>Throws <see cref="ArgumentException"/> unless the round has one candidate and distinct required organisations.</summary>
    public static void ValidateNew(SignOffRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (round.Candidates is not [_])
        {
            throw new ArgumentException("A new round has exactly one candidate.", nameof(round));
        }
        if (round.RequiredOrganisations.Count == 0 || round.RequiredOrganisations.Distinct().Count() != round.RequiredOrganisations.Count)
        {
            throw new ArgumentException("A round requires at least one organisation, each once.", nameof(round));
        }
    }
}
