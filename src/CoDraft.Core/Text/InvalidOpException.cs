using CoDraft.Core.Errors;

namespace CoDraft.Core.Text;

/// <summary>
/// An op that is malformed or does not fit the document it is applied to. Nothing was changed.
/// <see cref="CoDraftException.Code"/> is stable and meant for clients (REST problem details, hub errors).
/// </summary>
public sealed class InvalidOpException : CoDraftException
{
    /// <summary>A component has a zero or negative count, an unknown kind, a missing text or a count that disagrees with its text.</summary>
    public const string Malformed = "op.malformed";

    /// <summary>The op retains or deletes past the end of the document.</summary>
    public const string OutOfRange = "op.out_of_range";

    /// <summary>A delete carries text that is not the document's text at that place.</summary>
    public const string DeleteMismatch = "op.delete_mismatch";

    /// <summary>Inserted or deleted text is not well-formed UTF-16 (a lone surrogate).</summary>
    public const string InvalidText = "op.invalid_text";

    /// <summary>The operation needs the deleted text (e.g. to invert) and a delete carries only its count.</summary>
    public const string DeleteTextUnknown = "op.delete_text_unknown";

    /// <summary>Creates the exception with a stable <paramref name="code"/> and a human-readable message.</summary>
    public InvalidOpException(string code, string message)
        : base(code, message)
    {
    }
}
