import { api, type SignOffView } from '../api';
import type { Component } from '../ui/component';
import { h, when } from '../ui/dom';
import { panel } from '../ui/panel';
import { shortHash } from './signOffState';

/**
 * The round and the text put to the signatories: when and by whom it was opened, its deadline, the candidate's
 * version and full SHA-256, a note when the text has changed since, and the candidate text itself (rendered by the
 * server, read again only when the candidate changes). `failed` shows a failure to read it.
 */
export function candidatePanel(statementId: string, failed: (error: unknown) => void): Component<SignOffView> {
  const facts = h('dl', { class: 'facts' });
  const outdated = h('p', { class: 'role-note', hidden: true });
  const text = h('div', { class: 'rendered candidate-text' });
  const summary = h('summary', {}, 'Read the candidate text');
  const element = panel('candidate-heading', 'Text put to the signatories', facts, outdated, h('details', { class: 'candidate-details' }, summary, text));
  let shownCandidate = '';

  async function showText(version: number): Promise<void> {
    try {
      const candidate = await api.getVersion(statementId, version);
      // The server renders Markdown with its sanitising renderer, as the editor's preview does.
      text.innerHTML = candidate.html;
    } catch (e) {
      failed(e);
    }
  }

  return {
    element,
    update(view) {
      const round = view.round;
      element.hidden = round === null;
      if (round === null) {
        return;
      }
      const candidate = round.current;
      facts.replaceChildren(
        h('dt', {}, 'Round'),
        h('dd', {}, `${round.number}, opened ${when(round.openedAt)} by ${round.openedBy}`),
        h('dt', {}, 'Deadline'),
        h('dd', {}, round.deadline ? `${when(round.deadline)}${round.overdue ? ' (passed: decisions are still taken)' : ''}` : 'none'),
        h('dt', {}, 'Candidate'),
        h('dd', {}, `version ${candidate.version}, issued ${when(candidate.issuedAt)}${round.candidates.length > 1 ? ` (candidate ${round.candidates.length} of this round)` : ''}`),
        h('dt', {}, 'SHA-256'),
        h('dd', {}, h('code', { class: 'hash', 'data-testid': 'candidate-hash' }, candidate.sha256)),
      );
      outdated.hidden = view.candidateIsCurrentText;
      outdated.textContent = `The text has changed since this candidate was issued: it is now version ${view.headVersion} (SHA-256 ${shortHash(view.headSha256)}…). Decisions wait until a lead re-issues it.`;
      summary.textContent = `Read the candidate text (version ${candidate.version})`;
      if (shownCandidate !== candidate.sha256) {
        shownCandidate = candidate.sha256;
        void showText(candidate.version);
      }
    },
    dispose() {},
  };
}
