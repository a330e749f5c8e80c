using CoDraft.Core.SignOff;
using CoDraft.Core.Statements;
using CoDraft.Core.Storage;
using CoDraft.Storage.Mongo.Documents;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CoDraft.Storage.Mongo;

/// <summary>Sign-off rounds: one document per round; every write checks the state in the same transaction.</summary>
public sealed class MongoSignOffStore(MongoStoreContext context) : ISignOffStore
{

    /// <inheritdoc />
    public Task<bool> OpenRoundAsync(SignOffRound round, string openedBy, DateTimeOffset openedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentException.ThrowIfNullOrEmpty(openedBy);
        SignOffRounds.ValidateNew(round);
        context.ThrowIfDisposed();
        return context.InTransactionAsync(async (session, ct) =>
        {
            if (!StatementGuards.CanOpenRound((await context.StateAndHeadAsync(session, round.StatementId, ct)).State))
            {
                return false;
            }
            var newest = await NewestRoundAsync(session, round.StatementId, ct);
            var position = newest is null ? 1 : SignOffRoundDocuments.ReadPosition(newest) + 1;
            await context.Rounds.InsertOneAsync(session, SignOffRoundDocuments.ToBson(round, position, openedBy, openedAt), cancellationToken: ct);
            await context.SetStateAsync(session, round.StatementId, StatementState.InReview, openedBy, openedAt, ct);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> AddCandidateAsync(Guid statementId, Guid roundId, SignOffCandidate candidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        context.ThrowIfDisposed();
        return context.InTransactionAsync(async (session, ct) =>
        {
            var state = (await context.StateAndHeadAsync(session, statementId, ct)).State;
            if (!StatementGuards.CanAddCandidate(state, (await CurrentRoundAsync(session, statementId, roundId, ct))?.Round.Current, candidate))
            {
                return false;
            }
            await context.Rounds.UpdateOneAsync(session, SignOffRoundDocuments.ById(roundId), SignOffRoundDocuments.PushCandidate(candidate), cancellationToken: ct);
            await context.TouchLifecycleAsync(session, statementId, ct);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> AddDecisionAsync(Guid statementId, Guid roundId, SignOffDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        context.ThrowIfDisposed();
        return context.InTransactionAsync(async (session, ct) =>
        {
            var state = (await context.StateAndHeadAsync(session, statementId, ct)).State;
            if (!StatementGuards.CanDecide(state, (await CurrentRoundAsync(session, statementId, roundId, ct))?.Round.Current, decision))
            {
                return false;
            }
            await context.Rounds.UpdateOneAsync(session, SignOffRoundDocuments.ById(roundId), SignOffRoundDocuments.PushDecision(decision), cancellationToken: ct);
            await context.TouchLifecycleAsync(session, statementId, ct);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SignOffRoundRecord>> ListRoundsAsync(Guid statementId, CancellationToken cancellationToken = default)
    {
        context.ThrowIfDisposed();
        var found = await context.Rounds.Find(SignOffRoundDocuments.OfStatement(statementId))
            .Sort(SignOffRoundDocuments.OldestFirst)
            .ToListAsync(cancellationToken);
        return found.Select(SignOffRoundDocuments.FromBson).ToList();
    }

    private Task<BsonDocument?> NewestRoundAsync(IClientSessionHandle session, Guid statementId, CancellationToken cancellationToken) =>
        context.Rounds.Find(session, SignOffRoundDocuments.OfStatement(statementId))
            .Sort(SignOffRoundDocuments.NewestFirst)
            .Limit(1)
            .FirstOrDefaultAsync(cancellationToken)!;

    /// <summary>Round <paramref name="roundId"/> when it is the statement's newest round, else null.</summary>
    private async Task<SignOffRoundRecord?> CurrentRoundAsync(IClientSessionHandle session, Guid statementId, Guid roundId, CancellationToken cancellationToken)
    {
        var newest = await NewestRoundAsync(session, statementId, cancellationToken);
        var round = newest is null ? null : SignOffRoundDocuments.FromBson(newest);
        return round?.Round.Id == roundId ? round : null;
    }
}
