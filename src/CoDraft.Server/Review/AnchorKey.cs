using CoDraft.Core.Review;

namespace CoDraft.Server.Review;

/// <summary>Identifies one anchor of a statement.</summary>
internal readonly record struct AnchorKey(ReviewItemKind Kind, Guid Id);
