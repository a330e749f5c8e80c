import { api, type DecisionKind } from '../api';
import type { Component } from '../ui/component';
import { h, showError, statusLine } from '../ui/dom';
import { DecisionNames, StandingNames, decisionProblem, type SignOffShown } from './signOffState';

const Choices: ReadonlyArray<[DecisionKind, string, string]> = [
  ['Approve', 'Approve', 'My organisation signs this exact text.'],
  ['RequestChanges', 'Request changes', 'Say what has to change before we can sign.'],
  ['Decline', 'Decline', 'My organisation will not sign this statement.'],
];

/** The form a signatory decides with, for their own organisation, bound to the hash of the candidate shown. */
export function decisionForm(statementId: string, decided: () => void): Component<SignOffShown> {
  const heading = h('h2', { id: 'decide-heading' }, 'Your decision');
  const intro = h('p', {});
  const standing = h('p', { class: 'meta' });
  const note = h('p', { class: 'role-note', hidden: true });
  const comment = h('textarea', { id: 'decision-comment', name: 'comment', rows: 3, maxlength: 4000 });
  const commentLabel = h('label', { for: 'decision-comment' }, 'Comment (required when requesting changes)');
  const submit = h('button', { type: 'submit' }, 'Send decision');
  const status = statusLine();
  const choices = h(
    'fieldset',
    { class: 'decision-choices' },
    h('legend', {}, 'Decision'),
    ...Choices.map(([value, label, hint]) =>
      h(
        'label',
        { class: 'decision-choice', 'data-kind': value },
        h('input', { type: 'radio', name: 'decision', value, 'aria-describedby': `hint-${value}` }),
        h('span', {}, h('strong', {}, label), h('span', { class: 'meta', id: `hint-${value}` }, hint)),
      ),
    ),
  );
  const form = h('form', { class: 'stacked-form decision-form', 'aria-labelledby': 'decide-heading' }, choices, commentLabel, comment, submit, status);
  const element = h('section', { class: 'panel', 'aria-labelledby': 'decide-heading', hidden: true }, heading, intro, standing, note, form);
  let boundSha256 = '';

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.classList.remove('error');
    const chosen = (form.elements.namedItem('decision') as RadioNodeList).value as DecisionKind | '';
    const kind = chosen === '' ? null : chosen;
    const problem = decisionProblem(kind, comment.value);
    if (problem !== null) {
      showError(status, problem);
      (kind === null ? form.querySelector<HTMLInputElement>('input[name=decision]') : comment)?.focus();
      return;
    }
    submit.disabled = true;
    try {
      const view = await api.decide(statementId, { decision: kind!, sha256: boundSha256, comment: comment.value.trim() || undefined });
      status.textContent = `Recorded: ${DecisionNames[kind!].toLowerCase()} version ${view.round?.current.version ?? ''}.`;
      comment.value = '';
      form.reset();
      decided();
    } catch (e) {
      showError(status, e);
    } finally {
      submit.disabled = false;
    }
  });

  return {
    element,
    update({ view, controls }) {
      const organisation = controls.decideFor;
      element.hidden = organisation === null && controls.decisionNote === null;
      note.hidden = controls.decisionNote === null;
      note.textContent = controls.decisionNote ?? '';
      form.hidden = organisation === null || !view.candidateIsCurrentText;
      if (organisation === null || view.round === null) {
        heading.textContent = 'Your decision';
        intro.textContent = '';
        standing.textContent = '';
        return;
      }
      const candidate = view.round.current;
      if (boundSha256 !== candidate.sha256 && boundSha256 !== '') {
        // A new candidate: what was said about the old one no longer applies.
        status.textContent = '';
      }
      boundSha256 = candidate.sha256;
      form.dataset.sha256 = candidate.sha256;
      heading.textContent = `Your decision for ${organisation.name}`;
      intro.replaceChildren(
        `You decide for ${organisation.name} on version ${candidate.version}, SHA-256 `,
        h('code', { class: 'hash' }, candidate.sha256),
        '. Your decision is bound to exactly this text.',
      );
      const current = organisation.current;
      standing.textContent = current
        ? `${organisation.name} now: ${StandingNames[organisation.status]}, by ${current.personName}. A new decision replaces it.`
        : `${organisation.name} has not decided on this text yet.`;
    },
    dispose() {},
  };
}
