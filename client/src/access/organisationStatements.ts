import { api, type Member, type OrganisationStatement } from '../api';
import { confirmStep } from '../ui/confirmStep';
import { h, showError, statusLine, whenWithZone } from '../ui/dom';
import { listOfNames } from './boundaryText';

export interface OrganisationStatements {
  readonly element: HTMLElement;
  /** Reads the organisation's statements again; `members` are who may be named signatory. */
  refresh(members: readonly Member[]): Promise<void>;
}

/**
 * An organisation's statements, for its administrators: invitations to take part (accept, or decline after a
 * confirmation), the statements it takes part in with who signs for it, proposals to confirm or reject, and a
 * member to name as signatory. Nothing here is decided by anyone outside the organisation.
 */
export function organisationStatements(organisationId: string, organisationName: () => string): OrganisationStatements {
  const status = statusLine();
  const content = h('div', {});
  let members: readonly Member[] = [];

  async function run(action: () => Promise<unknown>, said: string): Promise<void> {
    status.classList.remove('error');
    status.textContent = '';
    try {
      await action();
      status.textContent = said;
    } catch (e) {
      showError(status, e);
    }
    await refresh(members);
  }

  const titled = (s: OrganisationStatement) => `“${s.title}”`;

  function invitation(s: OrganisationStatement): HTMLElement {
    const org = organisationName();
    const accept = h('button', { type: 'button', 'aria-label': `Accept taking part in ${titled(s)}` }, 'Accept');
    accept.addEventListener('click', () =>
      void run(() => api.acceptToTakePart(organisationId, s.statementId), `${org} takes part in ${titled(s)}. Name who signs for it below.`));
    const decline = confirmStep({
      label: 'Decline…',
      name: `Decline taking part in ${titled(s)}`,
      question: `Decline taking part in ${titled(s)}? ${org} will not be asked to sign it, and its leads see that you declined.`,
      yes: 'Yes, decline',
      action: () => run(() => api.declineToTakePart(organisationId, s.statementId), `${org} declined to take part in ${titled(s)}.`),
    });
    const invited = s.invitedByName && s.invitedAt ? ` Invited by ${s.invitedByName} on ${whenWithZone(s.invitedAt)}.` : '';
    return h('li', { 'data-statement': s.statementId },
      h('strong', {}, s.title),
      h('span', { class: 'standing-note' }, `Convened by ${s.convening.name}.${invited} Once you accept, its leads can give your people roles, and you name who signs for ${org}.`),
      h('div', { class: 'button-row' }, accept, decline.button),
      decline.question,
    );
  }

  function takingPart(s: OrganisationStatement): HTMLElement {
    const org = organisationName();
    const signatories = s.signatories.length === 0
      ? h('p', { class: 'role-note' }, `No signatory yet: nobody can approve this statement for ${org}.`)
      : h('p', {}, `Signs for ${org}: ${listOfNames(s.signatories.map((p) => p.name))}.`);
    const removals = s.signatories.map((p) => {
      const remove = h('button', { type: 'button', class: 'secondary', 'aria-label': `Take the signatory role away from ${p.name} on ${titled(s)}` }, `${p.name} no longer signs`);
      remove.addEventListener('click', () =>
        void run(() => api.removeSignatory(organisationId, s.statementId, p.personId), `${p.name} no longer signs ${titled(s)} for ${org}.`));
      return remove;
    });
    const proposals = s.signatoryProposals.map((p) => {
      const confirmIt = h('button', { type: 'button', 'aria-label': `Confirm ${p.name} as signatory on ${titled(s)}` }, 'Confirm');
      confirmIt.addEventListener('click', () =>
        void run(() => api.nameSignatory(organisationId, s.statementId, p.personId), `${p.name} now signs ${titled(s)} for ${org}.`));
      const reject = h('button', { type: 'button', class: 'danger', 'aria-label': `Reject ${p.name} as signatory on ${titled(s)}` }, 'Reject');
      reject.addEventListener('click', () =>
        void run(() => api.removeSignatory(organisationId, s.statementId, p.personId), `The proposal of ${p.name} as signatory is rejected.`));
      return h('div', { class: 'confirm proposal' },
        h('p', {}, `${p.proposedByName} proposed ${p.name} as signatory for ${org} on ${whenWithZone(p.proposedAt)}.`),
        h('div', { class: 'button-row' }, confirmIt, reject));
    });
    const signing = new Set(s.signatories.map((p) => p.personId));
    const free = members.filter((m) => !signing.has(m.personId));
    const selectId = `signatory-${s.statementId}`;
    const person = h('select', { id: selectId }, ...free.map((m) => h('option', { value: m.personId }, m.name)));
    const name = h('form', { class: 'inline-form', 'aria-label': `Name a signatory for ${titled(s)}` },
      h('label', { for: selectId }, 'Name a signatory'), person, h('button', { type: 'submit' }, 'Name as signatory'));
    name.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = free.find((m) => m.personId === person.value);
      if (chosen) {
        void run(() => api.nameSignatory(organisationId, s.statementId, chosen.personId), `${chosen.name} now signs ${titled(s)} for ${org}.`);
      }
    });
    return h('li', { 'data-statement': s.statementId },
      h('a', { href: `/statements/${s.statementId}`, class: 'statement-title' }, s.title),
      h('span', { class: 'standing-note' }, s.status === 'Convening' ? `Convened by ${org}.` : `Convened by ${s.convening.name}; ${org} takes part.`),
      signatories,
      removals.length > 0 ? h('div', { class: 'button-row' }, ...removals) : null,
      ...proposals,
      free.length > 0 ? name : null,
    );
  }

  function group(id: string, heading: string, items: HTMLElement[]): HTMLElement | null {
    return items.length === 0 ? null : h('div', { class: 'boundary-group' }, h('h3', { id }, heading), h('ul', { class: 'boundary-list', 'aria-labelledby': id }, ...items));
  }

  async function refresh(withMembers: readonly Member[]): Promise<void> {
    members = withMembers;
    let statements: OrganisationStatement[];
    try {
      statements = await api.listOrganisationStatements(organisationId);
    } catch (e) {
      showError(status, e);
      return;
    }
    const of = (...kinds: OrganisationStatement['status'][]) => statements.filter((s) => kinds.includes(s.status));
    const declined = of('Declined').map((s) => h('li', {}, h('strong', {}, s.title), h('span', { class: 'standing-note' }, `Convened by ${s.convening.name}. ${organisationName()} declined to take part.`)));
    const parts = [
      group('invitations-to-take-part', 'Invitations to take part', of('Invited').map(invitation)),
      group('taking-part', 'Statements it convenes or takes part in', of('Convening', 'TakingPart').map(takingPart)),
      group('declined', 'Declined', declined),
    ].filter((p): p is HTMLElement => p !== null);
    content.replaceChildren(...(parts.length > 0 ? parts : [h('p', { class: 'meta' }, `${organisationName()} takes part in no statement yet, and no invitation to take part is waiting.`)]));
  }

  const element = h('section', { 'aria-labelledby': 'org-statements-heading' },
    h('h2', { id: 'org-statements-heading' }, 'Statements'),
    status,
    content,
  );
  return { element, refresh };
}
