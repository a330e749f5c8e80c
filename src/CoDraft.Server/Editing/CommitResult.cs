using CoDraft.Core.Text;

namespace CoDraft.Server.Editing;

/// <summary>
/// The answer to a submission: the version it became, and the op as committed (transformed against what was
/// committed after its base, delete texts filled in). <see cref="Duplicate"/> is true when the submission had
/// already been committed earlier; <see cref="Op"/> is then null and nothing was applied. A submission that
/// changes nothing is not committed: its <see cref="Version"/> is the current one and <see cref="Op"/> is null.
/// </summary>
public sealed record CommitResult(long Version, TextOp? Op, bool Duplicate);
