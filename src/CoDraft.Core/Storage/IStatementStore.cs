namespace CoDraft.Core.Storage;

/// <summary>Statements themselves: their identity and title. Their text lives in the op log.</summary>
public interface IStatementStore
{
    /// <summary>Stores a new statement, with an empty op log.</summary>
    Task CreateStatementAsync(StatementRecord statement, CancellationToken cancellationToken = default);

    /// <summary>The statement with this id, with its head version, or null.</summary>
    Task<StatementRecord?> FindStatementAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Every statement, newest first.</summary>
    Task<IReadOnlyList<StatementRecord>> ListStatementsAsync(CancellationToken cancellationToken = default);
}
