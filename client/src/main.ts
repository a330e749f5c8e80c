import './styles.css';
import { navigate, type Page } from './pages/page';
import { statementsPage } from './pages/statementsPage';

// The editor (CodeMirror) is loaded only when a statement is opened, so the list comes up quickly.
const routes: Array<[RegExp, () => Promise<Page>]> = [
  [/^\/$/, () => Promise.resolve(statementsPage)],
  [/^\/statements\/(?<id>[0-9a-f-]{36})$/i, () => import('./pages/editorPage').then((m) => m.editorPage)],
  [/^\/statements\/(?<id>[0-9a-f-]{36})\/history$/i, () => import('./pages/historyPage').then((m) => m.historyPage)],
];

const main = document.querySelector<HTMLElement>('main')!;
let leave: (() => void) | void;

function notFound(): void {
  main.replaceChildren();
  const heading = document.createElement('h1');
  heading.textContent = 'No such page';
  const back = document.createElement('a');
  back.href = '/';
  back.textContent = 'Back to the statements';
  main.append(heading, back);
}

let rendering = 0;

async function render(): Promise<void> {
  leave?.();
  leave = undefined;
  const current = ++rendering;
  const path = location.pathname;
  for (const [pattern, load] of routes) {
    const match = pattern.exec(path);
    if (match) {
      const page = await load();
      if (current === rendering) {
        leave = page(main, match.groups ?? {}, new URLSearchParams(location.search));
        main.focus({ preventScroll: true });
      }
      return;
    }
  }
  notFound();
}

// Links inside the client change the page without a reload; modified clicks keep their usual meaning.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.('a');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  const url = new URL(link.href, location.href);
  if (url.origin === location.origin && !url.pathname.startsWith('/api') && link.target === '') {
    event.preventDefault();
    navigate(url.pathname + url.search);
  }
});

window.addEventListener('popstate', () => void render());
void render();
