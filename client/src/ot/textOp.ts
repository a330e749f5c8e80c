/**
 * The op format of CoDraft's text type, after ottypes/text-unicode (docs/protocol.md, "Op format").
 *
 * An op is a list of components walked left to right over the document with a cursor starting at 0:
 * a number n retains n code points, a string inserts itself, and `{d: "text"}` deletes that text
 * (`{d: n}` when only its count is known). Whatever the op does not reach is kept. Every count is in
 * Unicode code points, never UTF-16 units. This JSON form is also the in-memory form: ops travel to and
 * from the server unchanged.
 */

/** Skip this many code points, unchanged. */
export type Retain = number;

/** Insert this text at the cursor. */
export type Insert = string;

/** Remove code points at the cursor: the removed text, or only its count when the sender does not know it. */
export interface Delete {
  readonly d: string | number;
}

/** One component of an op. */
export type OpComponent = Retain | Insert | Delete;

/** An op: its components in document order. `[]` changes nothing. */
export type TextOp = readonly OpComponent[];

/** Which op goes first when two insert at one position: `left` does. */
export type TransformSide = 'left' | 'right';

/** Whether a position stays before (`before`) or moves after (`after`) text inserted exactly at it. */
export type PositionBias = 'before' | 'after';

/** A selection in code points; `anchor === head` for a plain cursor. */
export interface Selection {
  readonly anchor: number;
  readonly head: number;
}
