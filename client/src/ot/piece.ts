import type { OpComponent } from './textOp';

/** A component as the algorithms see it: its kind, its count in code points and its text when known. */
export interface Piece {
  readonly kind: 'retain' | 'insert' | 'delete';
  readonly count: number;
  /** The inserted or deleted text; null for a retain and for a delete that carries only its count. */
  readonly text: string | null;
}

/** The JSON form of a piece. */
export function toComponent(piece: Piece): OpComponent {
  switch (piece.kind) {
    case 'retain':
      return piece.count;
    case 'insert':
      return piece.text as string;
    default:
      return { d: piece.text ?? piece.count };
  }
}
