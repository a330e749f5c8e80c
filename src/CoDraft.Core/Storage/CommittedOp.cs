using CoDraft.Core.Text;

namespace CoDraft.Core.Storage;

/// <summary>
/// One entry of a statement's op log: the op that turned version <c>Version - 1</c> into <see cref="Version"/>.
/// <see cref="ClientId"/> and <see cref="Seq"/> identify the submission, so that a resend is recognised.
/// Every delete component carries its text.
/// </summary>
public sealed record CommittedOp(
    Guid StatementId,
    long Version,
    TextOp Op,
    string ClientId,
    long Seq,
    string Author,
    DateTimeOffset CommittedAt);
