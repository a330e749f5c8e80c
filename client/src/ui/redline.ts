import type { RedlineBlock, RedlineView } from '../api';
import { h } from './dom';

/** The redline views shared by the history and sign-off pages. */

/** One side of a block in the side-by-side view: the kept text with either the deleted or the inserted runs. */
function side(block: RedlineBlock, which: 'before' | 'after'): HTMLElement {
  const cell = h('div', { class: `rl-side rl-${which}` });
  const own = which === 'before' ? block.before : block.after;
  if (own === null) {
    cell.classList.add('rl-empty');
    return cell;
  }
  if (block.change === 'Changed') {
    for (const segment of block.segments) {
      if (segment.kind === 'Equal') {
        cell.append(segment.text);
      } else if ((segment.kind === 'Deleted') === (which === 'before')) {
        cell.append(h(segment.kind === 'Deleted' ? 'del' : 'ins', { class: segment.kind === 'Deleted' ? 'rl-del' : 'rl-ins' }, segment.text));
      }
    }
  } else if (block.change === 'Added' || block.change === 'Removed') {
    cell.append(h(block.change === 'Added' ? 'ins' : 'del', { class: block.change === 'Added' ? 'rl-ins' : 'rl-del' }, own));
  } else {
    cell.append(own);
  }
  if (block.change === 'Moved') {
    cell.classList.add('rl-moved');
  }
  return cell;
}

export function sideBySide(redline: RedlineView): HTMLElement {
  return h(
    'div',
    { class: 'side-by-side', role: 'table', 'aria-label': `Version ${redline.from} beside version ${redline.to}` },
    h('div', { class: 'rl-row rl-head', role: 'row' }, h('div', { role: 'columnheader' }, `Version ${redline.from}`), h('div', { role: 'columnheader' }, `Version ${redline.to}`)),
    ...redline.blocks.map((block) => {
      const before = side(block, 'before');
      const after = side(block, 'after');
      before.setAttribute('role', 'cell');
      after.setAttribute('role', 'cell');
      return h('div', { class: `rl-row rl-${block.change.toLowerCase()}`, role: 'row' }, before, after);
    }),
  );
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summary(redline: RedlineView): string {
  const s = redline.stats;
  return (
    `${plural(s.wordsInserted, 'word')} inserted, ${plural(s.wordsDeleted, 'word')} deleted; ` +
    `blocks: ${s.blocksAdded} added, ${s.blocksRemoved} removed, ${s.blocksChanged} changed, ${s.blocksMoved} moved.`
  );
}

/** The server's inline redline: one block per paragraph, insertions and deletions marked. */
export function inlineRedline(redline: RedlineView, label = `Changes from version ${redline.from} to version ${redline.to}`): HTMLElement {
  const inline = h('div', { class: 'redline', 'aria-label': label });
  // The server escapes every text in the redline and adds only its own ins/del/div markup.
  inline.innerHTML = redline.html;
  return inline;
}
