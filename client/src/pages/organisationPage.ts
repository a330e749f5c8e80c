import { api, type Member } from '../api';
import { currentPerson } from '../account/currentPerson';
import { typeName } from '../account/organisationTypes';
import { administers } from '../account/permissions';
import { organisationStatements } from '../access/organisationStatements';
import { pendingInvitations } from '../access/pendingInvitations';
import { h, showError, statusLine, when } from '../ui/dom';
import { inviteForm } from '../ui/inviteForm';
import { title, type Page } from './page';

/**
 * One organisation and its members; its administrators (and CoDraft's) invite, promote and remove members and
 * resend or revoke invitation links. Its own administrators also decide which statements it takes part in and who
 * signs them for it.
 */
export const organisationPage: Page = (main, { id }) => {
  title('Organisation');
  const me = currentPerson.now;
  const manages = administers(me, id);
  // Taking part and signing are the organisation's own business: CoDraft's administrators do not decide them.
  const ownAdministrator = me !== null && me.isOrganisationAdmin && me.organisation?.id === id;
  let organisationName = 'the organisation';
  const statements = ownAdministrator ? organisationStatements(id, () => organisationName) : null;
  const invitations = manages
    ? pendingInvitations({
        id: 'org-invitations-heading',
        heading: 'Invitation links not used yet',
        empty: 'No invitation link to this organisation is waiting to be used.',
        load: () => api.listOrganisationInvitations(id),
        // A link shown when it was made stops working once resent or revoked: it is not left on the page.
        changed: () => main.querySelector('.created-secret')?.replaceChildren(),
      })
    : null;
  const heading = h('h1', {}, 'Organisation');
  const facts = h('p', { class: 'meta' });
  const body = h('tbody');
  const status = statusLine();

  async function change(action: () => Promise<void>): Promise<void> {
    status.classList.remove('error');
    try {
      await action();
      await load();
    } catch (e) {
      showError(status, e);
    }
  }

  function controls(member: Member): HTMLElement[] {
    if (!manages) {
      return [];
    }
    const promote = h('button', { type: 'button', class: 'secondary' }, member.isOrganisationAdmin ? 'Remove administrator rights' : 'Make administrator');
    promote.setAttribute('aria-label', `${promote.textContent} (${member.name})`);
    promote.addEventListener('click', () => void change(() => api.setOrganisationAdmin(id, member.personId, !member.isOrganisationAdmin)));
    const remove = h('button', { type: 'button', class: 'danger', 'aria-label': `Remove ${member.name} from the organisation` }, 'Remove');
    remove.addEventListener('click', () => {
      if (confirm(`Remove ${member.name} from the organisation? Their roles on statements stop counting.`)) {
        void change(() => api.removeMember(id, member.personId));
      }
    });
    return [promote, remove];
  }

  const row = (m: Member) =>
    h(
      'tr',
      {},
      h('td', {}, m.name, m.personId === me?.id ? ' (you)' : ''),
      h('td', {}, m.email),
      h('td', {}, m.isOrganisationAdmin ? 'Administrator' : 'Member'),
      h('td', {}, when(m.joinedAt)),
      h('td', { class: 'actions' }, ...controls(m)),
    );

  async function load(): Promise<void> {
    try {
      const [organisation, members] = await Promise.all([api.getOrganisation(id), api.listMembers(id)]);
      heading.textContent = organisation.name;
      organisationName = organisation.name;
      title(organisation.name);
      facts.textContent = [typeName(organisation.type), organisation.country, organisation.website].filter((f) => f).join(' · ');
      body.replaceChildren(...members.map(row));
      if (members.length === 0) {
        status.textContent = 'No members yet: invite the first one, who can then invite the others.';
      }
      await Promise.all([statements?.refresh(members), invitations?.refresh()]);
    } catch (e) {
      showError(status, e);
    }
  }

  const adminChoice = h('label', { class: 'choice' }, h('input', { type: 'checkbox', name: 'organisationAdmin' }), 'as an administrator of the organisation');
  const sections: Array<HTMLElement | undefined> = [
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: '/organisations' }, 'Organisations')),
    heading,
    facts,
    statements?.element,
    h('section', { 'aria-labelledby': 'members-heading' },
      h('h2', { id: 'members-heading' }, 'Members'),
      status,
      h('div', { class: 'table-scroll' },
        h('table', { class: 'data-table', 'aria-labelledby': 'members-heading' },
          h('thead', {}, h('tr', {}, ...['Name', 'Email', 'Role', 'Joined', ''].map((c) => h('th', { scope: 'col' }, c)))),
          body,
        ),
      ),
    ),
    ...(manages
      ? [h('section', { 'aria-labelledby': 'invite-member-heading' },
          h('h2', { id: 'invite-member-heading' }, 'Invite someone to the organisation'),
          inviteForm('Invite a member', [adminChoice], (email) => ({
            email,
            organisationId: id,
            organisationAdmin: adminChoice.querySelector('input')!.checked,
          }), () => void invitations?.refresh()),
        )]
      : []),
    invitations?.element,
  ];
  main.replaceChildren(...sections.filter((s): s is HTMLElement => s !== undefined));
  void load();
};
