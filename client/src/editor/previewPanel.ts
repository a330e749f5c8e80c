import { api, type StatementDetails } from '../api';
import type { Component } from '../ui/component';
import { debounce, h, showError } from '../ui/dom';

/** How long typing must pause before the preview is rendered again by the server. */
const PreviewDelayMs = 700;

/** The preview; `refresh` renders it again once typing pauses (several calls in a row render once). */
export interface PreviewPanel extends Component<StatementDetails> {
  readonly refresh: { (): void; cancel(): void };
}

/**
 * The statement rendered by the server as it will be published, or with all open suggestions accepted (the
 * server's preview: nothing changes until a lead accepts). `settled` says whether the editor shows exactly the
 * server's text; until it does, the preview waits.
 */
export function previewPanel(statementId: string, settled: () => boolean): PreviewPanel {
  const preview = h('div', { class: 'preview rendered', 'aria-live': 'off' });
  const choice = (value: string, label: string, checked = false) => h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'preview-of', value, checked }), label);
  const mode = h('fieldset', { class: 'preview-mode' }, h('legend', { class: 'visually-hidden' }, 'Preview of'), choice('current', 'Current text', true), choice('suggested', 'With all open suggestions accepted'));
  const note = h('p', { class: 'meta' });
  const element = h('section', { 'aria-labelledby': 'preview-heading', class: 'preview-section' }, h('div', { class: 'preview-head' }, h('h2', { id: 'preview-heading' }, 'Preview'), mode), note, preview);

  const showStatement = (statement: StatementDetails) => {
    preview.innerHTML = statement.html;
    note.textContent = `Version ${statement.version}, as it will be published.`;
  };
  const refresh = debounce(async () => {
    if (!settled()) {
      refresh();
      return;
    }
    try {
      if ((mode.querySelector('input:checked') as HTMLInputElement | null)?.value === 'suggested') {
        const suggested = await api.previewSuggestions(statementId);
        preview.innerHTML = suggested.html;
        note.textContent = `Version ${suggested.version} with ${suggested.applied.length} open suggestion${suggested.applied.length === 1 ? '' : 's'} accepted${suggested.skipped.length > 0 ? ` (${suggested.skipped.length} left out: edited since, or overlapping another)` : ''}. Nothing is changed until a lead accepts.`;
        return;
      }
      showStatement(await api.getStatement(statementId));
    } catch (e) {
      showError(note, e);
    }
  }, PreviewDelayMs);
  mode.addEventListener('change', () => refresh());

  return {
    element,
    refresh,
    update: showStatement,
    dispose: () => refresh.cancel(),
  };
}
