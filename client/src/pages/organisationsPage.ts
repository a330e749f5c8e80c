import { api, type Organisation } from '../api';
import { currentPerson } from '../account/currentPerson';
import { OrganisationTypes, typeName } from '../account/organisationTypes';
import { administers } from '../account/permissions';
import { h, showError, statusLine } from '../ui/dom';
import { field } from '../ui/fields';
import { title, type Page } from './page';

function createForm(created: () => void): HTMLElement {
  const [nameLabel, name] = field('org-name', 'Name', { required: true, maxlength: 200, autocomplete: 'off' });
  const [countryLabel, country] = field('org-country', 'Country (two-letter code, e.g. DE)', {
    required: true, minlength: 2, maxlength: 2, pattern: '[A-Za-z]{2}', autocomplete: 'off', class: 'short',
  });
  const type = h('select', { id: 'org-type', name: 'type' }, ...OrganisationTypes.map(([value, text]) => h('option', { value }, text)));
  const [websiteLabel, website] = field('org-website', 'Website (optional)', { type: 'url', placeholder: 'https://', autocomplete: 'off' });
  const status = statusLine();
  const form = h(
    'form',
    { class: 'stacked-form', 'aria-labelledby': 'new-org-heading' },
    nameLabel, name, countryLabel, country, h('label', { for: 'org-type' }, 'Type'), type, websiteLabel, website,
    h('button', { type: 'submit' }, 'Create organisation'), status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.classList.remove('error');
    try {
      const organisation = await api.createOrganisation({
        name: name.value,
        country: country.value.toUpperCase(),
        type: type.value as Organisation['type'],
        website: website.value === '' ? null : website.value,
      });
      form.reset();
      status.textContent = `${organisation.name} is created. Open it to invite its first administrator.`;
      created();
    } catch (e) {
      showError(status, e);
    }
  });
  return h('section', { 'aria-labelledby': 'new-org-heading' }, h('h2', { id: 'new-org-heading' }, 'New organisation'), form);
}

/** Every organisation; administrators create them here, and open one to invite its people. */
export const organisationsPage: Page = (main) => {
  title('Organisations');
  const me = currentPerson.now;
  const body = h('tbody');
  const status = statusLine();

  const row = (o: Organisation) =>
    h(
      'tr',
      {},
      h('td', {}, administers(me, o.id) || me?.organisation?.id === o.id ? h('a', { href: `/organisations/${o.id}` }, o.name) : o.name),
      h('td', {}, o.country),
      h('td', {}, typeName(o.type)),
      h('td', {}, o.website ? h('a', { href: o.website, rel: 'noopener noreferrer', target: '_blank' }, o.website) : ''),
    );

  async function load(): Promise<void> {
    try {
      const organisations = await api.listOrganisations();
      body.replaceChildren(...organisations.map(row));
      status.textContent = organisations.length === 0 ? 'No organisations yet.' : '';
    } catch (e) {
      showError(status, e);
    }
  }

  main.replaceChildren(
    h('h1', {}, 'Organisations'),
    ...(me?.isAdministrator ? [createForm(() => void load())] : []),
    h('section', { 'aria-labelledby': 'org-list-heading' },
      h('h2', { id: 'org-list-heading' }, 'All organisations'),
      status,
      h('div', { class: 'table-scroll' },
        h('table', { class: 'data-table', 'aria-labelledby': 'org-list-heading' },
          h('thead', {}, h('tr', {}, ...['Name', 'Country', 'Type', 'Website'].map((c) => h('th', { scope: 'col' }, c)))),
          body,
        ),
      ),
    ),
  );
  void load();
};
