import { advance } from './codePoints';
import type { Piece } from './piece';

/**
 * Reads an op's pieces front to back, handing out parts of a given number of code points.
 * Past the last piece the op retains for ever, as every op implicitly does.
 */
export class PieceReader {
  private index = 0;
  private taken = 0;
  private textOffset = 0;

  constructor(private readonly pieces: readonly Piece[]) {}

  get atEnd(): boolean {
    return this.index >= this.pieces.length;
  }

  get kind(): Piece['kind'] {
    return this.atEnd ? 'retain' : this.pieces[this.index].kind;
  }

  /** Code points left in the current piece; unbounded past the end. */
  get remaining(): number {
    return this.atEnd ? Number.POSITIVE_INFINITY : this.pieces[this.index].count - this.taken;
  }

  take(maxCount: number): Piece {
    if (this.atEnd) {
      return { kind: 'retain', count: maxCount, text: null };
    }
    const piece = this.pieces[this.index];
    const n = Math.min(maxCount, piece.count - this.taken);
    let text: string | null = null;
    if (piece.text !== null) {
      const end = advance(piece.text, this.textOffset, n);
      text = piece.text.slice(this.textOffset, end);
      this.textOffset = end;
    }
    this.taken += n;
    if (this.taken === piece.count) {
      this.index++;
      this.taken = 0;
      this.textOffset = 0;
    }
    return { kind: piece.kind, count: n, text };
  }

  takeAll(): Piece {
    return this.take(this.remaining);
  }
}
