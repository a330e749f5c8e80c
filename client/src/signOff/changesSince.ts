import { api, type SignOffView } from '../api';
import { currentPerson } from '../account/currentPerson';
import type { Component } from '../ui/component';
import { h, showError, statusLine } from '../ui/dom';
import { panel } from '../ui/panel';
import { inlineRedline, summary } from '../ui/redline';

/** The changes panel; its `update` resolves once the redline for the chosen organisation is shown. */
export interface ChangesSince extends Component<SignOffView> {
  update(view: SignOffView): Promise<void>;
}

/**
 * "Changes since you approved": the redline from the text an organisation last approved (or, failing that, last
 * decided on) to the candidate, for any required organisation (the reader's own first), also as a Word document
 * with tracked changes (docs/word.md). `chosen` is called when the reader picks another organisation.
 */
export function changesSince(statementId: string, chosen: () => void): ChangesSince {
  const organisation = h('select', { id: 'changes-organisation', name: 'organisation' });
  const stats = statusLine('stats');
  const host = h('div', {});
  const download = h('a', { class: 'redline-docx', download: '', hidden: true }, 'Download these changes as a Word document with tracked changes (.docx)');
  const element = panel(
    'changes-heading',
    'Changes since you approved',
    h('div', { class: 'inline-form' }, h('label', { for: 'changes-organisation' }, 'For organisation'), organisation),
    stats,
    h('p', {}, download),
    host,
  );
  const heading = element.querySelector('h2')!;
  organisation.addEventListener('change', () => chosen());

  function showOrganisations(view: SignOffView): void {
    const round = view.round!;
    const selected = organisation.value || currentPerson.now?.organisation?.id || '';
    organisation.replaceChildren(
      ...round.organisations.map((o) => {
        const option = h('option', { value: o.organisationId }, o.name);
        option.selected = o.organisationId === selected;
        return option;
      }),
    );
  }

  async function showChanges(organisationId: string): Promise<void> {
    stats.classList.remove('error');
    download.hidden = true;
    try {
      const changes = await api.getSignOffRedline(statementId, organisationId);
      const name = organisation.selectedOptions[0]?.textContent ?? 'this organisation';
      const mine = organisationId === currentPerson.now?.organisation?.id;
      heading.textContent =
        changes.since === 'decided' ? (mine ? 'Changes since your last decision' : `Changes since ${name} last decided`) : mine ? 'Changes since you approved' : `Changes since ${name} approved`;
      if (changes.redline === null) {
        stats.textContent = `${name} has not decided on any text yet: there is nothing to compare with.`;
        host.replaceChildren();
        return;
      }
      const since = changes.since === 'approved' ? 'it last approved' : 'it last decided on (it has approved none)';
      const unchanged = changes.fromSha256 === changes.toSha256;
      stats.textContent = unchanged
        ? `The candidate (version ${changes.toVersion}) is exactly the text ${name} ${changes.since === 'approved' ? 'approved' : 'decided on'}.`
        : `From version ${changes.fromVersion}, the text ${since}, to the candidate, version ${changes.toVersion}: ${summary(changes.redline)}`;
      host.replaceChildren(unchanged ? '' : inlineRedline(changes.redline, `Changes for ${name} since version ${changes.fromVersion}`));
      download.href = `/api/statements/${statementId}/redline/docx?from=${changes.fromVersion}&to=${changes.toVersion}`;
      download.hidden = unchanged;
    } catch (e) {
      showError(stats, e);
    }
  }

  return {
    element,
    async update(view) {
      element.hidden = view.round === null;
      if (view.round === null) {
        return;
      }
      showOrganisations(view);
      if (organisation.value !== '') {
        await showChanges(organisation.value);
      }
    },
    dispose() {},
  };
}
