import './styles.css';
import { http } from './api';
import { currentPerson } from './account/currentPerson';
import { PublicPaths, signInPath } from './account/returnPath';
import type { Page } from './pages/page';
import { navigate, redirect } from './ui/navigation';
import { statementsPage } from './pages/statementsPage';
import { siteHeader } from './ui/siteHeader';
import { h, showError } from './ui/dom';

const guid = '(?<id>[0-9a-f-]{36})';
const lazy = <K extends string>(load: () => Promise<Record<K, Page>>, name: K) => () => load().then((m) => m[name]);

// The editor (CodeMirror) is loaded only when a statement is opened, so the list comes up quickly.
const routes: Array<[RegExp, () => Promise<Page>]> = [
  [/^\/$/, () => Promise.resolve(statementsPage)],
  [new RegExp(`^/statements/${guid}$`, 'i'), lazy(() => import('./pages/editorPage'), 'editorPage')],
  [new RegExp(`^/statements/${guid}/history$`, 'i'), lazy(() => import('./pages/historyPage'), 'historyPage')],
  [new RegExp(`^/statements/${guid}/access$`, 'i'), lazy(() => import('./pages/accessPage'), 'accessPage')],
  [new RegExp(`^/statements/${guid}/sign-off$`, 'i'), lazy(() => import('./pages/signOffPage'), 'signOffPage')],
  [new RegExp(`^/statements/${guid}/moderation$`, 'i'), lazy(() => import('./pages/moderationPage'), 'moderationPage')],
  [/^\/sign-in$/, lazy(() => import('./pages/signInPage'), 'signInPage')],
  [/^\/setup$/, lazy(() => import('./pages/setupPage'), 'setupPage')],
  [/^\/invite$/, lazy(() => import('./pages/invitePage'), 'invitePage')],
  [/^\/account$/, lazy(() => import('./pages/accountPage'), 'accountPage')],
  [/^\/organisations$/, lazy(() => import('./pages/organisationsPage'), 'organisationsPage')],
  [new RegExp(`^/organisations/${guid}$`, 'i'), lazy(() => import('./pages/organisationPage'), 'organisationPage')],
];

const main = document.querySelector<HTMLElement>('main')!;
let leave: (() => void) | void;

function notFound(): void {
  main.replaceChildren(h('h1', {}, 'No such page'), h('a', { href: '/' }, 'Back to the statements'));
}

const here = () => location.pathname + location.search;

let rendering = 0;

async function render(): Promise<void> {
  leave?.();
  leave = undefined;
  const current = ++rendering;
  const route = routes.find(([pattern]) => pattern.test(location.pathname));
  if (!route) {
    notFound();
    return;
  }
  let page: Page;
  try {
    // Who is signed in decides what every page shows, so it is known before any page is drawn.
    const [me, loaded] = await Promise.all([currentPerson.get(), route[1]()]);
    if (me === null && !PublicPaths.includes(location.pathname)) {
      redirect(signInPath(here()));
      return;
    }
    page = loaded;
  } catch (e) {
    const problem = h('p', { class: 'status' });
    showError(problem, e);
    main.replaceChildren(h('h1', {}, 'CoDraft cannot be reached'), problem);
    return;
  }
  if (current === rendering) {
    leave = page(main, route[0].exec(location.pathname)?.groups ?? {}, new URLSearchParams(location.search));
    main.focus({ preventScroll: true });
  }
}

// A session that ends while a page is open (expired, signed out elsewhere, password changed) leads to sign-in and back.
http.onSignInRequired(() => {
  currentPerson.forget();
  if (!PublicPaths.includes(location.pathname)) {
    redirect(signInPath(here()));
  }
});

// Links inside the client change the page without a reload; modified clicks keep their usual meaning.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('a');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  const url = new URL(link.href, location.href);
  if (url.origin === location.origin && !url.pathname.startsWith('/api') && link.target === '') {
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  }
});

siteHeader(document.querySelector<HTMLElement>('.site-header')!);
window.addEventListener('popstate', () => void render());
void render();
