import { api, type AccessCandidate, type Organisation, type StatementAccess, type StatementRole } from '../api';
import { currentPerson } from '../account/currentPerson';
import { allows, roleOf } from '../account/permissions';
import { candidatesSection } from '../access/candidatesSection';
import { inviteSection } from '../access/inviteSection';
import { partnersSection } from '../access/partnersSection';
import { peopleSection } from '../access/peopleSection';
import { pendingInvitations } from '../access/pendingInvitations';
import { proposalsSection } from '../access/proposalsSection';
import { organisationName } from '../access/statementNames';
import { h, showError, statusLine } from '../ui/dom';
import { title, type Page } from './page';

/**
 * Who takes part in a statement. Its leads invite partner organisations (whose administrators accept), give roles
 * to people who already have an account, propose signatories of other organisations (whose administrators
 * confirm), invite new people of their own organisation by link, and resend or revoke those links.
 */
export const accessPage: Page = (main, { id }) => {
  title('People and access');
  const heading = h('h1', {}, 'People and access');
  const status = statusLine();
  const body = h('div');
  const statementLink = h('a', { href: `/statements/${id}` }, 'Statement');
  const invitations = pendingInvitations({
    id: 'pending-invitations-heading',
    heading: 'Invitation links not used yet',
    empty: 'No invitation link to this statement is waiting to be used.',
    load: () => api.listStatementInvitations(id),
    // A link shown when it was made stops working once resent or revoked: it is not left on the page.
    changed: () => body.querySelector('.created-secret')?.replaceChildren(),
  });
  let all: Organisation[] = [];
  let candidates: AccessCandidate[] = [];

  /** Runs a lead's change, then reads everything again; `said` is what to tell them when it went through. */
  async function change(action: () => Promise<unknown>, said?: (access: StatementAccess) => string): Promise<void> {
    status.classList.remove('error');
    status.textContent = '';
    try {
      await action();
      const access = await reload();
      status.textContent = said?.(access) ?? '';
    } catch (e) {
      showError(status, e);
    }
  }

  /** A role for someone of another organisation may come back as a proposal: the page says which it became. */
  function roleGiven(personId: string, name: string, role: StatementRole) {
    return (access: StatementAccess) => {
      const proposal = access.signatoryProposals.find((p) => p.personId === personId);
      if (role === 'Signatory' && proposal && access.people.find((p) => p.personId === personId)?.role !== 'Signatory') {
        return `${name} is proposed as signatory: ${organisationName(access, proposal.organisationId)}'s administrators must confirm it.`;
      }
      return `${name} now has the role ${role}.`;
    };
  }

  function draw(access: StatementAccess): void {
    const me = currentPerson.now;
    const myRole = roleOf(access, me);
    const managesPeople = allows(myRole, 'ManagePeople');
    const parts: Array<HTMLElement | null> = [
      h('p', {}, myRole ? `Your role: ${myRole}.` : 'You have no role here.', managesPeople ? '' : ' Only leads change who takes part.'),
      partnersSection(access, all, allows(myRole, 'ManagePartners'), {
        invite: (o) => void change(() => api.addPartner(id, o.id), () => `${o.name} is invited. It takes part once one of its administrators accepts.`),
        remove: (o) => void change(() => api.removePartner(id, o.id), () => `${o.name} no longer takes part; its people lost their roles here.`),
        withdraw: (o) => void change(() => api.removePartner(id, o.id), () => `The invitation of ${o.name} is withdrawn.`),
      }),
      peopleSection(access, managesPeople, me?.id, {
        setRole: (p, role) => void change(() => api.setRole(id, p.personId, role), roleGiven(p.personId, p.name, role)),
        remove: (p) => void change(() => api.removePerson(id, p.personId), () => `${p.name} no longer has a role here.`),
      }),
      proposalsSection(access, managesPeople, (p) => void change(() => api.withdrawProposal(id, p.personId), () => `The proposal of ${p.name} as signatory is withdrawn.`)),
      ...(managesPeople
        ? [
            candidatesSection(access, candidates, (c, role) => void change(() => api.setRole(id, c.personId, role), roleGiven(c.personId, c.name, role))),
            inviteSection(access, id, () => void invitations.refresh()),
            invitations.element,
          ]
        : []),
    ];
    body.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  }

  /** Reads the access view (and, for leads, the candidates and pending links) and draws the page. */
  async function reload(): Promise<StatementAccess> {
    const access = await api.getAccess(id);
    const manages = allows(roleOf(access, currentPerson.now), 'ManagePeople');
    candidates = manages ? await api.listCandidates(id) : [];
    draw(access);
    if (manages) {
      await invitations.refresh();
    }
    return access;
  }

  async function load(): Promise<void> {
    try {
      const [statement, organisations] = await Promise.all([api.getStatement(id), api.listOrganisations()]);
      statementLink.textContent = statement.title;
      heading.textContent = `People and access: ${statement.title}`;
      title(`People and access: ${statement.title}`);
      all = organisations;
      await reload();
    } catch (e) {
      showError(status, e);
    }
  }

  main.replaceChildren(
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: '/' }, 'Statements'), ' › ', statementLink),
    heading,
    status,
    body,
  );
  void load();
};
