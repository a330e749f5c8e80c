import type { ReviewMark } from '../../editor/reviewMarks';
import { DraftId } from './composer';
import { SyncAttempts, SyncPollMs, sleep, type MarginHost, type Notes } from './marginHost';
import { anchorsFit, reviewItems } from './reviewState';

/**
 * Marks the open passages in the editor. The server's anchors are positions in the text at their version, so they
 * are set only once the editor shows exactly that version (reading `notes` again, through `read`, when the editor is
 * ahead); from then on the editor moves them with every edit until the next read. `marked` follows the marking.
 * A later call supersedes one still waiting.
 */
export function marginAnchors(host: MarginHost, notes: Notes, read: () => Promise<Notes>, marked: () => void): () => Promise<void> {
  const { editor } = host;
  let syncing = 0;
  return async () => {
    const round = ++syncing;
    for (let attempt = 0; attempt < SyncAttempts && round === syncing; attempt++) {
      const items = reviewItems(notes.threads, notes.suggestions, false).filter((i) => i.value.anchor.state === 'ok');
      const version = host.settledVersion();
      if (anchorsFit(items, version)) {
        const marks: ReviewMark[] = items.map((i) => ({
          id: i.id,
          kind: i.kind === 'thread' ? 'comment' : 'suggestion',
          from: editor.toEditor(i.value.anchor.start),
          to: editor.toEditor(i.value.anchor.end),
        }));
        const draft = editor.reviewMarks().find((m) => m.id === DraftId);
        editor.setReviewMarks(draft ? [...marks, draft] : marks);
        marked();
        return;
      }
      if (version !== null && items.some((i) => i.value.anchor.version < version) && attempt % 4 === 3) {
        // The editor is ahead of what the server answered: read again.
        Object.assign(notes, await read());
        continue;
      }
      await sleep(SyncPollMs);
    }
  };
}
