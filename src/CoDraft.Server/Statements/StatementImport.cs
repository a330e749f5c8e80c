using CoDraft.Core.Storage;

namespace CoDraft.Server.Statements;

/// <summary>A statement started from a Word document, and what of the document could not be carried over.</summary>
/// <param name="Statement">The statement, at the version its imported text reached.</param>
/// <param name="Warnings">What the import left out or changed, in sentences for the person who uploaded it.</param>
public sealed record StatementImport(StatementRecord Statement, IReadOnlyList<string> Warnings);
