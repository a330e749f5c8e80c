import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Annotation, Compartment, EditorState, Transaction } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import type { TextOp } from '../ot';
import type { DraftSession, Peer } from '../session/draftSession';
import { changesFromOp, fromEditorPosition, opFromChanges, toEditorPosition } from './changes';
import { remoteCursors, setRemoteCursors, type RemoteCursor } from './remoteCursors';
import { reviewMarks, reviewMarksExtension, setActiveMark, setReviewMarks, type ReviewMark } from './reviewMarks';
import { suggestionPassage, type Passage } from './suggestMode';
import { inputCleaning } from './inputCleaning';

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
  private readonly suggestFilter = new Compartment();
  private peers: readonly Peer[] | null = null;
  private mayEdit = false;
  private suggesting: ((passage: Passage | null) => void) | null = null;
  private readonly layoutListeners = new Set<() => void>();

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
          reviewMarksExtension(),
          this.editable.of(EditorState.readOnly.of(true)),
          // Control characters a word processor pastes (vertical tab, form feed…) never enter the text.
          inputCleaning((tr) => tr.annotation(fromSession) === true),
          this.suggestFilter.of([]),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) {
              changed();
            }
            if (update.docChanged || update.geometryChanged || update.viewportChanged) {
              this.layoutListeners.forEach((l) => l());
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
    this.mayEdit = editable;
    this.view.dispatch({ effects: this.editable.reconfigure(EditorState.readOnly.of(!editable && this.suggesting === null)) });
  }

  /**
   * Suggest mode: the person's own changes are not applied but handed to `suggest` as the passage they would
   * change and its new wording (null when no passage could be found: a cursor between words). Others' edits still
   * arrive. `null` turns suggest mode off. The editor takes input in suggest mode even for those who may not edit.
   */
  setSuggesting(suggest: ((passage: Passage | null) => void) | null): void {
    this.suggesting = suggest;
    const filter = EditorState.changeFilter.of((tr) => {
      if (!tr.docChanged || tr.annotation(fromSession)) {
        return true;
      }
      const passage = this.attemptedPassage(tr);
      queueMicrotask(() => this.suggesting?.(passage));
      return false;
    });
    this.view.dispatch({
      effects: [
        this.suggestFilter.reconfigure(suggest === null ? [] : filter),
        this.editable.reconfigure(EditorState.readOnly.of(!this.mayEdit && suggest === null)),
      ],
    });
  }

  private attemptedPassage(tr: Transaction): Passage | null {
    let fromA = Infinity;
    let toA = -Infinity;
    let fromB = Infinity;
    let toB = -Infinity;
    tr.changes.iterChangedRanges((fa, ta, fb, tb) => {
      fromA = Math.min(fromA, fa);
      toA = Math.max(toA, ta);
      fromB = Math.min(fromB, fb);
      toB = Math.max(toB, tb);
    });
    const before = tr.startState;
    const { from, to } = before.selection.main;
    const word = from === to ? before.wordAt(from) : null;
    return suggestionPassage(
      before.doc.toString(),
      { from, to },
      { from: fromA, to: toA, inserted: tr.newDoc.sliceString(fromB, toB) },
      word === null ? null : { from: word.from, to: word.to },
    );
  }

  /** Shows commented and suggested passages (UTF-16 positions of the current text). */
  setReviewMarks(marks: readonly ReviewMark[]): void {
    this.view.dispatch({ effects: setReviewMarks.of(marks) });
  }

  /** Where the marked passages are now. */
  reviewMarks(): ReviewMark[] {
    return reviewMarks(this.view.state);
  }

  setActiveMark(id: string | null): void {
    this.view.dispatch({ effects: setActiveMark.of(id) });
  }

  /** The main selection, in UTF-16 positions. */
  selection(): { from: number; to: number } {
    const { from, to } = this.view.state.selection.main;
    return { from, to };
  }

  /** Code point positions of the current text as UTF-16 positions, and back. */
  toEditor(position: number): number {
    return toEditorPosition(this.view.state.doc.toString(), position);
  }

  fromEditor(position: number): number {
    return fromEditorPosition(this.view.state.doc.toString(), position);
  }

  /** How far below the top of the editor's frame a position's line starts, in pixels. */
  offsetOf(position: number): number {
    const block = this.view.lineBlockAt(Math.min(position, this.view.state.doc.length));
    return block.top + this.view.documentTop - this.view.dom.getBoundingClientRect().top;
  }

  /** Selects a passage, scrolls it into view and puts the focus in the editor. */
  reveal(from: number, to: number): void {
    const length = this.view.state.doc.length;
    this.view.dispatch({ selection: { anchor: Math.min(from, length), head: Math.min(to, length) }, scrollIntoView: true });
    this.view.focus();
  }

  /** Calls `listener` whenever the text or its layout changes (to place margin notes); returns the way to stop. */
  onLayout(listener: () => void): () => void {
    this.layoutListeners.add(listener);
    return () => this.layoutListeners.delete(listener);
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
