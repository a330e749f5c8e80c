import { api, type SuggestionView } from '../../api';
import type { Component } from '../../ui/component';
import { h, showError } from '../../ui/dom';
import { bulkTargets } from './reviewState';

/** The open suggestions, the names to label their authors and organisations with, and whether the reader is a lead. */
export interface BulkState {
  suggestions: readonly SuggestionView[];
  names: ReadonlyMap<string, string>;
  mayDecide: boolean;
}

/**
 * A lead's Accept all / Reject all for one author's or one organisation's open suggestions, reporting in the
 * toolbar's `status` line what was accepted, superseded or skipped (edited since); `decided` reads the notes again.
 */
export function bulkDecisions(statementId: string, status: HTMLElement, decided: () => Promise<void>): Component<BulkState> {
  const target = h('select', { id: 'bulk-target' });
  const acceptAll = h('button', { type: 'button' }, 'Accept all');
  const rejectAll = h('button', { type: 'button', class: 'secondary' }, 'Reject all');
  const element = h('div', { class: 'bulk', role: 'group', 'aria-label': 'Decide several suggestions', hidden: true }, h('label', { for: 'bulk-target' }, 'Suggestions of'), target, acceptAll, rejectAll);

  async function decideAll(accept: boolean, button: HTMLButtonElement): Promise<void> {
    if (target.value === '') {
      return;
    }
    const filter = JSON.parse(target.value) as { authorId: string } | { organisationId: string };
    button.disabled = true;
    status.classList.remove('error');
    try {
      const report = accept ? await api.acceptAllSuggestions(statementId, filter) : await api.rejectAllSuggestions(statementId, filter);
      const skipped = report.skipped.length > 0 ? `; ${report.skipped.length} skipped (edited since)` : '';
      status.textContent = accept
        ? `${report.accepted.length} accepted${report.superseded.length > 0 ? `, ${report.superseded.length} superseded` : ''}${skipped}.`
        : `${report.rejected.length} rejected.`;
      await decided();
    } catch (e) {
      showError(status, e);
    } finally {
      button.disabled = false;
    }
  }
  acceptAll.addEventListener('click', () => void decideAll(true, acceptAll));
  rejectAll.addEventListener('click', () => void decideAll(false, rejectAll));

  return {
    element,
    update({ suggestions, names, mayDecide }) {
      const targets = bulkTargets(suggestions, names);
      element.hidden = !mayDecide || targets.length === 0;
      const chosen = target.value;
      target.replaceChildren(...targets.map((t) => h('option', { value: JSON.stringify(t.filter), selected: JSON.stringify(t.filter) === chosen }, t.label)));
    },
    dispose() {},
  };
}
