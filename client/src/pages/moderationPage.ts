import { http } from '../api';
import { h, showError, statusLine, when } from '../ui/dom';
import { title, type Page } from './page';

/** A sign-on request as the statement's leads see it (GET /api/statements/{id}/sign-ons; docs/publication.md). */
interface SignOnRequest {
  id: string;
  organisation: string;
  country: string;
  type: string;
  website: string | null;
  contactPerson: string;
  email: string;
  status: 'Pending' | 'Approved' | 'Rejected';
  requestedAt: string;
  moderatedAt: string | null;
}

interface PublicPage {
  path: string;
  isPublic: boolean;
  publicFrom: string | null;
}

/** The moderation queue of a published statement: its leads approve or reject organisations asking to sign on. */
export const moderationPage: Page = (main, { id }) => {
  title('Sign-on requests');
  const status = statusLine();
  const body = h('div');
  main.replaceChildren(
    h('p', {}, h('a', { href: `/statements/${id}` }, 'Statement')),
    h('h1', {}, 'Sign-on requests'),
    status,
    body,
  );

  async function decide(request: SignOnRequest, decision: 'approve' | 'reject'): Promise<void> {
    status.classList.remove('error');
    try {
      await http.request('POST', `/api/statements/${id}/sign-ons/${request.id}/${decision}`, {});
      status.textContent = `${request.organisation} ${decision === 'approve' ? 'is now listed' : 'was rejected'}.`;
      await load();
    } catch (e) {
      showError(status, e);
    }
  }

  function row(request: SignOnRequest): HTMLTableRowElement {
    const actions = h('td', { class: 'actions' });
    if (request.status === 'Pending') {
      const approve = h('button', { type: 'button', 'aria-label': `Approve ${request.organisation}` }, 'Approve');
      const reject = h('button', { type: 'button', class: 'danger', 'aria-label': `Reject ${request.organisation}` }, 'Reject');
      approve.addEventListener('click', () => void decide(request, 'approve'));
      reject.addEventListener('click', () => void decide(request, 'reject'));
      actions.append(approve, reject);
    } else {
      actions.append(`${request.status}${request.moderatedAt ? ` ${when(request.moderatedAt)}` : ''}`);
    }
    return h('tr', {},
      h('td', {}, request.organisation, request.website ? h('div', { class: 'meta' }, request.website) : null),
      h('td', {}, request.country),
      h('td', {}, request.type),
      h('td', {}, request.contactPerson, h('div', { class: 'meta' }, request.email)),
      h('td', {}, when(request.requestedAt)),
      actions);
  }

  function table(label: string, requests: SignOnRequest[]): HTMLElement {
    const headingId = `${label.toLowerCase()}-heading`;
    return h('section', { 'aria-labelledby': headingId },
      h('h2', { id: headingId }, `${label} (${requests.length})`),
      requests.length === 0
        ? h('p', { class: 'meta' }, label === 'Waiting' ? 'No requests are waiting.' : 'None yet.')
        : h('div', { class: 'table-scroll' },
          h('table', { class: 'data-table', 'aria-labelledby': headingId },
            h('thead', {}, h('tr', {}, ...['Organisation', 'Country', 'Type', 'Contact', 'Asked', ''].map((c) => h('th', { scope: 'col' }, c)))),
            h('tbody', {}, ...requests.map(row)))));
  }

  async function load(): Promise<void> {
    try {
      const [page, requests] = await Promise.all([
        http.request<PublicPage>('GET', `/api/statements/${id}/public-page`),
        http.request<SignOnRequest[]>('GET', `/api/statements/${id}/sign-ons`),
      ]);
      const visibility = page.isPublic ? 'Public page: ' : `Public from ${page.publicFrom ? when(page.publicFrom) : 'later'}: `;
      body.replaceChildren(
        h('p', {}, visibility, h('a', { href: page.path, target: '_blank', rel: 'noopener' }, page.path)),
        table('Waiting', requests.filter((r) => r.status === 'Pending')),
        table('Decided', requests.filter((r) => r.status !== 'Pending')),
      );
    } catch (e) {
      showError(status, e);
    }
  }

  void load();
};
