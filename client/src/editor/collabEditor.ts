import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Annotation, Compartment, EditorState, Transaction } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import type { TextOp } from '../ot';
import type { DraftSession, Peer } from '../session/draftSession';
import { changesFromOp, fromEditorPosition, opFromChanges, toEditorPosition } from './changes';
import { remoteCursors, setRemoteCursors, type RemoteCursor } from './remoteCursors';

/** Marks transactions that bring others' ops, so they are not sent back. */
const fromSession = Annotation.define<boolean>();

/** A colour per person, stable across sessions, dark enough for white label text. */
export function colourFor(personId: string): string {
  let hash = 0;
  for (const unit of personId) {
    hash = (hash * 31 + unit.codePointAt(0)!) >>> 0;
  }
  return `hsl(${hash % 360} 65% 38%)`;
}

/**
 * A CodeMirror 6 Markdown editor bound to a live-editing session: local changes become ops (in code points),
 * others' ops and cursors are shown, and the editor is read-only until the session has loaded the text.
 */
export class CollabEditor {
  readonly view: EditorView;
  private readonly editable = new Compartment();
  private peers: readonly Peer[] | null = null;

  constructor(
    parent: HTMLElement,
    private readonly session: DraftSession,
    label: string,
    changed: () => void = () => undefined,
  ) {
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: '',
        extensions: [
          // Only "\n" separates lines, so that a "\r" in a statement is a character here as on the server.
          EditorState.lineSeparator.of('\n'),
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          markdown(),
          syntaxHighlighting(defaultHighlightStyle),
          EditorView.lineWrapping,
          placeholder('Start writing the statement…'),
          remoteCursors(),
          this.editable.of(EditorState.readOnly.of(true)),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) {
              changed();
            }
            for (const tr of update.transactions) {
              if (tr.docChanged && !tr.annotation(fromSession)) {
                this.session.edit(opFromChanges(tr.changes, tr.startState.doc.toString()));
              }
            }
            if (update.selectionSet || (update.docChanged && update.transactions.some((tr) => !tr.annotation(fromSession)))) {
              this.shareSelection();
            }
          }),
        ],
      }),
    });
  }

  /** Replaces the whole text (on join, or after a resync). */
  reset(text: string): void {
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: text },
      annotations: [fromSession.of(true), Transaction.addToHistory.of(false)],
    });
  }

  /** Applies someone else's op, which the session has already transformed against the local edits. */
  applyRemote(op: TextOp): void {
    this.view.dispatch({
      changes: changesFromOp(op, this.view.state.doc.toString()),
      annotations: [fromSession.of(true), Transaction.addToHistory.of(false)],
    });
  }

  setEditable(editable: boolean): void {
    this.view.dispatch({ effects: this.editable.reconfigure(EditorState.readOnly.of(!editable)) });
  }

  /** Shows others' cursors; deferred, because the session reports them also while the editor is mid-update. */
  showPeers(peers: readonly Peer[]): void {
    const scheduled = this.peers !== null;
    this.peers = peers;
    if (!scheduled) {
      queueMicrotask(() => this.drawPeers());
    }
  }

  private drawPeers(): void {
    const peers = this.peers ?? [];
    this.peers = null;
    const doc = this.view.state.doc.toString();
    const cursors: RemoteCursor[] = peers
      .filter((p) => p.selection !== null)
      .map((p) => ({
        id: p.connectionId,
        anchor: toEditorPosition(doc, p.selection!.anchor),
        head: toEditorPosition(doc, p.selection!.head),
        label: `${p.name} · ${p.organisation}`,
        colour: colourFor(p.personId),
      }));
    this.view.dispatch({ effects: setRemoteCursors.of(cursors) });
  }

  destroy(): void {
    this.peers = null;
    this.view.destroy();
  }

  private shareSelection(): void {
    const doc = this.view.state.doc.toString();
    const { anchor, head } = this.view.state.selection.main;
    this.session.select({ anchor: fromEditorPosition(doc, anchor), head: fromEditorPosition(doc, head) });
  }
}
