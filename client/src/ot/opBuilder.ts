import { count } from './codePoints';
import { toComponent, type Piece } from './piece';
import type { TextOp } from './textOp';

/**
 * Builds an op in normal form while pieces are appended: no empty pieces, adjacent pieces of one kind merged,
 * between two retains at most one insert followed by at most one delete, and no trailing retain.
 */
export class OpBuilder {
  private readonly pieces: Piece[] = [];

  append(piece: Piece): void {
    switch (piece.kind) {
      case 'retain':
        this.retain(piece.count);
        break;
      case 'insert':
        this.insert(piece.text as string);
        break;
      default:
        this.delete(piece.count, piece.text);
    }
  }

  retain(n: number): void {
    if (n <= 0) {
      return;
    }
    const last = this.pieces.length - 1;
    if (last >= 0 && this.pieces[last].kind === 'retain') {
      this.pieces[last] = { kind: 'retain', count: this.pieces[last].count + n, text: null };
      return;
    }
    this.pieces.push({ kind: 'retain', count: n, text: null });
  }

  insert(text: string): void {
    if (text.length === 0) {
      return;
    }
    const last = this.pieces.length - 1;
    // Inserting before or after a delete at one position gives the same document; inserts go first.
    const at = last >= 0 && this.pieces[last].kind === 'delete' ? last - 1 : last;
    if (at >= 0 && this.pieces[at].kind === 'insert') {
      const merged = (this.pieces[at].text as string) + text;
      this.pieces[at] = { kind: 'insert', count: count(merged), text: merged };
    } else {
      this.pieces.splice(at + 1, 0, { kind: 'insert', count: count(text), text });
    }
  }

  delete(n: number, text: string | null): void {
    if (n <= 0) {
      return;
    }
    const last = this.pieces.length - 1;
    if (last >= 0 && this.pieces[last].kind === 'delete') {
      const previous = this.pieces[last];
      const merged = previous.text !== null && text !== null ? previous.text + text : null;
      this.pieces[last] = { kind: 'delete', count: previous.count + n, text: merged };
      return;
    }
    this.pieces.push({ kind: 'delete', count: n, text });
  }

  build(): TextOp {
    if (this.pieces.length > 0 && this.pieces[this.pieces.length - 1].kind === 'retain') {
      this.pieces.pop();
    }
    return this.pieces.map(toComponent);
  }
}
