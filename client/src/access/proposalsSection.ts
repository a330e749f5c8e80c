import type { StatementAccess } from '../api';
import { h } from '../ui/dom';
import { proposalStanding } from './boundaryText';
import { organisationName } from './statementNames';

type Proposal = StatementAccess['signatoryProposals'][number];

/**
 * Signatories proposed for another organisation, waiting for its administrators to confirm; a lead may withdraw a
 * proposal (any role the person holds stays as it is). Null when there is none.
 */
export function proposalsSection(access: StatementAccess, manages: boolean, withdraw: (proposal: Proposal) => void): HTMLElement | null {
  if (access.signatoryProposals.length === 0) {
    return null;
  }
  const item = (p: Proposal) => {
    const button = manages ? h('button', { type: 'button', class: 'secondary', 'aria-label': `Withdraw the proposal of ${p.name} as signatory` }, 'Withdraw proposal') : null;
    button?.addEventListener('click', () => withdraw(p));
    return h('li', {}, h('span', {}, h('strong', {}, `${p.name} (${organisationName(access, p.organisationId)})`)),
      h('span', { class: 'standing-note' }, proposalStanding(p.proposedByName, p.proposedAt, organisationName(access, p.organisationId))), button);
  };
  return h('section', { 'aria-labelledby': 'proposals-heading' },
    h('h2', { id: 'proposals-heading' }, 'Signatories proposed'),
    h('ul', { class: 'boundary-list', 'aria-labelledby': 'proposals-heading' }, ...access.signatoryProposals.map(item)),
  );
}
