import { api, type AccessTokenInfo } from '../api';
import { h, showError, statusLine, when } from './dom';
import { field } from './fields';
import { oneTimeSecret } from './oneTimeSecret';

/** The lifetimes offered for a new token, in days; the server allows 1 to Auth:TokenMaxDays (365 by default). */
const Lifetimes: ReadonlyArray<[number, string]> = [[7, '7 days'], [30, '30 days'], [90, '90 days'], [365, 'a year']];
const DefaultLifetimeDays = 90;

function state(token: AccessTokenInfo): string {
  if (token.revokedAt !== null) {
    return `revoked ${when(token.revokedAt)}`;
  }
  return token.active ? `expires ${when(token.expiresAt)}` : `expired ${when(token.expiresAt)}`;
}

/** Personal access tokens for API and hub clients: create one (shown once), list them, revoke one. */
export function tokensSection(): HTMLElement {
  const body = h('tbody');
  const listStatus = statusLine();
  const [nameLabel, name] = field('token-name', 'Name (what it is for)', { required: true, maxlength: 200, autocomplete: 'off', placeholder: 'Export script' });
  const lifetime = h('select', { id: 'token-days', name: 'days' }, ...Lifetimes.map(([days, text]) => h('option', { value: days, selected: days === DefaultLifetimeDays }, text)));
  const created = h('div', { class: 'created-secret' });
  const createStatus = statusLine();
  const form = h(
    'form',
    { class: 'inline-form', 'aria-label': 'Create a token' },
    nameLabel, name, h('label', { for: 'token-days' }, 'Valid for'), lifetime, h('button', { type: 'submit' }, 'Create token'), createStatus,
  );

  async function load(): Promise<void> {
    try {
      const tokens = await api.listTokens();
      body.replaceChildren(...tokens.map(row));
      listStatus.textContent = tokens.length === 0 ? 'No tokens yet.' : '';
    } catch (e) {
      showError(listStatus, e);
    }
  }

  function row(token: AccessTokenInfo): HTMLTableRowElement {
    const revoke = token.active ? h('button', { type: 'button', class: 'secondary', 'aria-label': `Revoke ${token.name}` }, 'Revoke') : null;
    revoke?.addEventListener('click', async () => {
      try {
        await api.revokeToken(token.id);
        await load();
      } catch (e) {
        showError(listStatus, e);
      }
    });
    return h('tr', {}, h('td', {}, token.name), h('td', {}, when(token.createdAt)), h('td', {}, state(token)), h('td', {}, revoke));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    createStatus.classList.remove('error');
    try {
      const token = await api.createToken(name.value, Number(lifetime.value));
      created.replaceChildren(
        oneTimeSecret(`Token “${token.name}”`, token.token, 'Copy it now: it is not shown again. Send it as “Authorization: Bearer …”.'),
      );
      form.reset();
      await load();
    } catch (e) {
      showError(createStatus, e);
    }
  });

  void load();
  return h(
    'section',
    { 'aria-labelledby': 'tokens-heading' },
    h('h2', { id: 'tokens-heading' }, 'Personal access tokens'),
    h('p', { class: 'meta' }, 'For scripts and other programs that use the API or the live-editing hub as you.'),
    form,
    created,
    listStatus,
    h('div', { class: 'table-scroll' },
      h('table', { class: 'data-table', 'aria-label': 'Your tokens' },
        h('thead', {}, h('tr', {}, ...['Name', 'Created', 'State', ''].map((c) => h('th', { scope: 'col' }, c)))),
        body,
      ),
    ),
  );
}
