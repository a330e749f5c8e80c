import { api, type Me } from '../api';
import { currentPerson } from '../account/currentPerson';
import { SignInPath } from '../account/returnPath';
import { navigate } from './navigation';
import { h } from './dom';
import { errorSentence } from '../errors/errorSentences';

function signedInParts(me: Me): HTMLElement[] {
  const signOut = h('button', { type: 'button', class: 'link-button' }, 'Sign out');
  signOut.addEventListener('click', async () => {
    signOut.disabled = true;
    try {
      await api.signOut();
    } catch (e) {
      // Still signed in: say so rather than show a sign-in page over a live session.
      signOut.disabled = false;
      alert(`Could not sign out. ${errorSentence(e)}`);
      return;
    }
    currentPerson.set(null);
    navigate(SignInPath);
  });
  const organisation = me.organisation;
  const links = [
    h('a', { href: '/' }, 'Statements'),
    organisation && h('a', { href: `/organisations/${organisation.id}` }, 'My organisation'),
    h('a', { href: '/organisations' }, 'Organisations'),
  ];
  const who = [me.name, organisation?.name, me.isAdministrator ? 'administrator' : null].filter((part) => part).join(' · ');
  return [
    h('nav', { class: 'site-nav', 'aria-label': 'Main' }, ...links),
    h('div', { class: 'who' }, h('a', { href: '/account', class: 'whoami', title: `Signed in as ${me.email}` }, who), signOut),
  ];
}

/** The bar above every page: the way home, and once signed in the main links, who is signed in, and sign-out. */
export function siteHeader(header: HTMLElement): void {
  const brand = h('a', { class: 'brand', href: '/' }, 'CoDraft');
  const draw = (me: Me | null) => header.replaceChildren(brand, ...(me ? signedInParts(me) : []));
  draw(currentPerson.now);
  currentPerson.subscribe(draw);
}
