import {
  api,
  draftHub,
  type AuditEntryView,
  type AuditVerification,
  type PublicationView,
  type RoundView,
  type SignOffView,
  type StatementAccess,
  type StatementDetails,
} from '../api';
import { currentPerson } from '../account/currentPerson';
import { roleOf } from '../account/permissions';
import { organisationsWithoutSignatory } from '../access/boundaryText';
import { decisionForm } from '../review/decisionForm';
import { leadControls } from '../review/leadControls';
import { LiveStatement, type LiveChange } from '../review/liveStatement';
import { inputFromInstant, instantFromInput, shortHash, signOffControls } from '../review/signOffState';
import { auditLog, organisationTable, roundHistory } from '../review/signOffViews';
import { debounce, h, showError, statusLine, when } from '../ui/dom';
import { inlineRedline, summary } from '../ui/redline';
import { setState, stateBadge } from '../ui/stateBadge';
import { StateExplanations } from '../ui/stateNames';
import { title, type Page } from './page';

/** How long after a broadcast the page reads the state again: several often come together (a decision, then a state change). */
const RefreshDelayMs = 250;
/** Text edits come keystroke by keystroke; the page reads again once typing pauses. */
const TextRefreshDelayMs = 1000;

function section(id: string, heading: string, ...children: Array<Node | null>): HTMLElement {
  return h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id }, heading), ...children);
}

/**
 * A statement's sign-off: its state, the candidate text and hash, where each required organisation stands, the
 * signatory's decision, what changed since an organisation approved, the lead's round and publish controls, the
 * rounds and the audit log. Follows the hub's broadcasts, so everyone sees decisions as they are made.
 */
export const signOffPage: Page = (main, { id }) => {
  title('Sign-off');
  const heading = h('h1', {}, 'Sign-off');
  const badge = stateBadge();
  const explanation = h('p', { class: 'state-explanation' });
  const live = h('span', { class: 'live-note', 'data-live': 'false' }, 'Connecting…');
  const problems = statusLine();
  problems.textContent = 'Loading…';

  const candidateFacts = h('dl', { class: 'facts' });
  const outdated = h('p', { class: 'role-note', hidden: true });
  const candidateText = h('div', { class: 'rendered candidate-text' });
  const candidateDetails = h('details', { class: 'candidate-details' }, h('summary', {}, 'Read the candidate text'), candidateText);
  const candidateSection = section('candidate-heading', 'Text put to the signatories', candidateFacts, outdated, candidateDetails);
  const noRound = h('p', { class: 'role-note' }, 'A lead opens a sign-off round when the text is ready for the signatories.');

  const standings = h('div', {});
  const standingsSection = section('standings-heading', 'Where each organisation stands', standings);

  const decision = decisionForm(id, () => refresh());
  const lead = leadControls(id, () => refresh());

  const changesOrganisation = h('select', { id: 'changes-organisation', name: 'organisation' });
  const changesStats = statusLine('stats');
  const changesHost = h('div', {});
  // The same changes as a Word document whose differences are tracked changes (docs/word.md).
  const changesDownload = h('a', { class: 'redline-docx', download: '', hidden: true }, 'Download these changes as a Word document with tracked changes (.docx)');
  const changesSection = section(
    'changes-heading',
    'Changes since you approved',
    h('div', { class: 'inline-form' }, h('label', { for: 'changes-organisation' }, 'For organisation'), changesOrganisation),
    changesStats,
    h('p', {}, changesDownload),
    changesHost,
  );

  const publication = h('div', {});
  // A lead's controls for an embargo that has not ended: built once, so that a live refresh does not wipe a time
  // being typed; the field is only reset when the stored embargo itself changes.
  const embargoStatus = statusLine();
  const embargoInput = h('input', { id: 'embargo-public-from', name: 'publicFrom', type: 'datetime-local', required: true });
  const changeEmbargo = h('button', { type: 'submit' }, 'Change');
  const publishNow = h('button', { type: 'button' }, 'Publish now…');
  // Lifting an embargo cannot be undone, so it takes a second step, as publishing does.
  const confirmLift = h('button', { type: 'button' }, 'Yes, publish now');
  const cancelLift = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
  const liftConfirmation = h(
    'div',
    { class: 'confirm', role: 'group', 'aria-label': 'Confirm lifting the embargo', hidden: true },
    h('p', {}, 'Make the statement public now? Its public page, the list and the feed show it at once; this cannot be undone.'),
    h('div', { class: 'button-row' }, confirmLift, cancelLift),
  );
  const embargoForm = h(
    'form',
    { class: 'stacked-form', 'aria-label': 'Change the embargo', hidden: true },
    h('p', { class: 'meta' }, 'Until this time the public page, the list and the feed do not show the statement. Once it is public, the date cannot change.'),
    h('label', { for: 'embargo-public-from' }, 'Public from'),
    embargoInput,
    h('div', { class: 'button-row' }, changeEmbargo, publishNow),
    liftConfirmation,
    embargoStatus,
  );
  let embargoShown: string | null = null;
  const setEmbargo = async (button: HTMLButtonElement, publicFrom: string | null, done: string) => {
    embargoStatus.classList.remove('error');
    button.disabled = true;
    try {
      await api.setPublicFrom(id, publicFrom);
      embargoStatus.textContent = done;
      refresh();
    } catch (e) {
      showError(embargoStatus, e);
    } finally {
      button.disabled = false;
    }
  };
  embargoForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const to = instantFromInput(embargoInput.value);
    if (to === null) {
      showError(embargoStatus, 'Choose the date and time from which the statement is public.');
      return;
    }
    void setEmbargo(changeEmbargo, to, `The statement is public from ${when(to)}.`);
  });
  publishNow.addEventListener('click', () => {
    liftConfirmation.hidden = false;
    confirmLift.focus();
  });
  cancelLift.addEventListener('click', () => {
    liftConfirmation.hidden = true;
    publishNow.focus();
  });
  confirmLift.addEventListener('click', () => {
    liftConfirmation.hidden = true;
    void setEmbargo(confirmLift, null, 'The embargo is lifted: the statement is public now.');
  });
  const publicationSection = section('publication-heading', 'Publication', publication, embargoForm);
  const rounds = h('div', {});
  const audit = h('div', {});
  const auditSection = section('audit-heading', 'Audit log', audit);
  auditSection.classList.add('audit-panel');

  const layout = h(
    'div',
    { class: 'signoff-layout', hidden: true },
    h(
      'div',
      { class: 'signoff-main' },
      noRound,
      publicationSection,
      candidateSection,
      standingsSection,
      changesSection,
      decision.element,
      auditSection,
    ),
    h('div', { class: 'signoff-side' }, lead.element, section('rounds-heading', 'Rounds and decisions', rounds)),
  );

  main.replaceChildren(
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: '/' }, 'Statements'), ' › ', h('a', { href: `/statements/${id}`, id: 'statement-link' }, 'Statement')),
    heading,
    h('div', { class: 'state-bar' }, badge, explanation, live),
    problems,
    layout,
  );

  let statement: StatementDetails | null = null;
  let access: StatementAccess | null = null;
  let shownCandidate = '';
  let names = new Map<string, string>();

  async function showCandidateText(version: number): Promise<void> {
    try {
      const text = await api.getVersion(id, version);
      // The server renders Markdown with its sanitising renderer, as the editor's preview does.
      candidateText.innerHTML = text.html;
    } catch (e) {
      showError(problems, e);
    }
  }

  async function showChanges(view: SignOffView): Promise<void> {
    const organisationId = changesOrganisation.value;
    if (view.round === null || organisationId === '') {
      return;
    }
    changesStats.classList.remove('error');
    changesDownload.hidden = true;
    try {
      const changes = await api.getSignOffRedline(id, organisationId);
      const name = changesOrganisation.selectedOptions[0]?.textContent ?? 'this organisation';
      const mine = organisationId === currentPerson.now?.organisation?.id;
      changesSection.querySelector('h2')!.textContent =
        changes.since === 'decided' ? (mine ? 'Changes since your last decision' : `Changes since ${name} last decided`) : mine ? 'Changes since you approved' : `Changes since ${name} approved`;
      if (changes.redline === null) {
        changesStats.textContent = `${name} has not decided on any text yet: there is nothing to compare with.`;
        changesHost.replaceChildren();
        return;
      }
      const since = changes.since === 'approved' ? 'it last approved' : 'it last decided on (it has approved none)';
      const unchanged = changes.fromSha256 === changes.toSha256;
      changesStats.textContent = unchanged
        ? `The candidate (version ${changes.toVersion}) is exactly the text ${name} ${changes.since === 'approved' ? 'approved' : 'decided on'}.`
        : `From version ${changes.fromVersion}, the text ${since}, to the candidate, version ${changes.toVersion}: ${summary(changes.redline)}`;
      changesHost.replaceChildren(unchanged ? '' : inlineRedline(changes.redline, `Changes for ${name} since version ${changes.fromVersion}`));
      changesDownload.href = `/api/statements/${id}/redline/docx?from=${changes.fromVersion}&to=${changes.toVersion}`;
      changesDownload.hidden = unchanged;
    } catch (e) {
      showError(changesStats, e);
    }
  }

  function showPublication(published: PublicationView | null, mayChangeEmbargo: boolean): void {
    publicationSection.hidden = published === null;
    const embargoed = published?.publicFrom != null && Date.parse(published.publicFrom) > Date.now();
    embargoForm.hidden = !(mayChangeEmbargo && embargoed);
    if (published === null) {
      return;
    }
    if (embargoed && published.publicFrom !== embargoShown) {
      embargoShown = published.publicFrom;
      embargoInput.value = inputFromInstant(published.publicFrom!);
    }
    embargoInput.min = inputFromInstant(new Date().toISOString());
    publication.replaceChildren(
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'Version'),
        h('dd', {}, String(published.version)),
        h('dt', {}, 'SHA-256'),
        h('dd', {}, h('code', { class: 'hash' }, published.sha256)),
        h('dt', {}, 'Published'),
        h('dd', {}, `${when(published.publishedAt)} by ${names.get(published.publishedBy) ?? 'a lead'}`),
        h('dt', {}, 'Public'),
        h('dd', {}, published.publicFrom ? `from ${when(published.publicFrom)}${embargoed ? ' (embargo)' : ''}` : 'at once'),
      ),
      h(
        'p',
        { class: 'button-row' },
        h('a', { href: api.certificateUrl(id), class: 'button-link', target: '_blank', rel: 'noopener' }, 'Certificate of completion (printable)'),
        h('a', { href: `/api/statements/${id}/certificate`, target: '_blank', rel: 'noopener' }, 'Certificate as JSON'),
        h('a', { href: `/statements/${id}/moderation` }, 'Public page and sign-on requests'),
      ),
    );
  }

  function showCandidate(view: SignOffView): void {
    const round = view.round;
    noRound.hidden = round !== null || view.state === 'Published' || view.state === 'Closed';
    candidateSection.hidden = round === null;
    standingsSection.hidden = round === null;
    changesSection.hidden = round === null;
    if (round === null) {
      return;
    }
    const candidate = round.current;
    candidateFacts.replaceChildren(
      h('dt', {}, 'Round'),
      h('dd', {}, `${round.number}, opened ${when(round.openedAt)} by ${round.openedBy}`),
      h('dt', {}, 'Deadline'),
      h('dd', {}, round.deadline ? `${when(round.deadline)}${round.overdue ? ' (passed: decisions are still taken)' : ''}` : 'none'),
      h('dt', {}, 'Candidate'),
      h('dd', {}, `version ${candidate.version}, issued ${when(candidate.issuedAt)}${round.candidates.length > 1 ? ` (candidate ${round.candidates.length} of this round)` : ''}`),
      h('dt', {}, 'SHA-256'),
      h('dd', {}, h('code', { class: 'hash', 'data-testid': 'candidate-hash' }, candidate.sha256)),
    );
    outdated.hidden = view.candidateIsCurrentText;
    outdated.textContent = `The text has changed since this candidate was issued: it is now version ${view.headVersion} (SHA-256 ${shortHash(view.headSha256)}…). Decisions wait until a lead re-issues it.`;
    candidateDetails.querySelector('summary')!.textContent = `Read the candidate text (version ${candidate.version})`;
    if (shownCandidate !== candidate.sha256) {
      shownCandidate = candidate.sha256;
      void showCandidateText(candidate.version);
    }
    standings.replaceChildren(organisationTable(round.organisations));
    const chosen = changesOrganisation.value || currentPerson.now?.organisation?.id || '';
    changesOrganisation.replaceChildren(
      ...round.organisations.map((o) => {
        const option = h('option', { value: o.organisationId }, o.name);
        option.selected = o.organisationId === chosen;
        return option;
      }),
    );
  }

  async function load(): Promise<void> {
    let view: SignOffView;
    let history: RoundView[];
    let entries: AuditEntryView[];
    let verification: AuditVerification;
    try {
      [statement, access, view, history, entries, verification] = await Promise.all([
        statement ?? api.getStatement(id),
        api.getAccess(id),
        api.getSignOff(id),
        api.listRounds(id),
        api.listAudit(id),
        api.verifyAudit(id),
      ]);
    } catch (e) {
      showError(problems, e);
      return;
    }
    problems.textContent = '';
    problems.classList.remove('error');
    layout.hidden = false;
    heading.textContent = `Sign-off: ${statement.title}`;
    title(`Sign-off of ${statement.title}`);
    document.getElementById('statement-link')!.textContent = statement.title;
    const organisations = [access.convening, ...access.partners];
    names = new Map([...access.people.map((p) => [p.personId, p.name] as const), ...organisations.map((o) => [o.id, o.name] as const)]);
    setState(badge, view.state);
    explanation.textContent = StateExplanations[view.state];

    const controls = signOffControls(view, roleOf(access, currentPerson.now), currentPerson.now?.organisation?.id ?? null);
    showCandidate(view);
    decision.show(view, controls);
    lead.show(view, controls, organisations, organisationsWithoutSignatory(access));
    showPublication(view.state === 'Published' || view.state === 'Closed' ? await api.getPublication(id).catch(() => null) : null, controls.close);
    rounds.replaceChildren(roundHistory(history));
    audit.replaceChildren(auditLog(entries, verification, names));
    await showChanges(view);
  }

  let latest: Promise<void> = Promise.resolve();
  const refresh = debounce(() => {
    latest = latest.then(load);
  }, RefreshDelayMs);
  const refreshAfterTyping = debounce(() => refresh(), TextRefreshDelayMs);
  changesOrganisation.addEventListener('change', () => refresh());

  const hub = draftHub();
  const follower = new LiveStatement(
    hub,
    id,
    (why: LiveChange) => (why === 'text' ? refreshAfterTyping() : refresh()),
    (online) => {
      live.dataset.live = String(online);
      live.textContent = online ? 'Live: decisions appear as they are made' : 'Offline: reconnecting…';
    },
  );
  void follower.start();
  latest = load();

  return () => {
    refresh.cancel();
    refreshAfterTyping.cancel();
    follower.stop();
    void hub.stop();
  };
};
