import { currentPerson } from '../account/currentPerson';
import { h } from '../ui/dom';
import { passwordForm } from '../ui/passwordForm';
import { tokensSection } from '../ui/tokensSection';
import { title, type Page } from './page';

/** The signed-in person: who they are and act for, their password, their access tokens. */
export const accountPage: Page = (main) => {
  title('Your account');
  const me = currentPerson.now!;
  const organisation = me.organisation;
  main.replaceChildren(
    h('h1', {}, 'Your account'),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Name'), h('dd', {}, me.name),
      h('dt', {}, 'Email'), h('dd', {}, me.email),
      h('dt', {}, 'Organisation'),
      h('dd', {}, organisation ? h('a', { href: `/organisations/${organisation.id}` }, organisation.name) : 'None yet', me.isOrganisationAdmin ? ' (you administer it)' : ''),
      me.isAdministrator ? h('dt', {}, 'CoDraft') : null,
      me.isAdministrator ? h('dd', {}, 'Administrator: you create organisations') : null,
    ),
    h('section', { 'aria-labelledby': 'password-heading' }, h('h2', { id: 'password-heading' }, 'Change your password'), passwordForm()),
    tokensSection(),
  );
};
