import { api, draftHub, type StatementDetails, type StatementState } from '../api';
import { currentPerson } from '../account/currentPerson';
import { roleOf } from '../account/permissions';
import { organisationsWithoutSignatory } from '../access/boundaryText';
import { statementNames } from '../access/statementNames';
import { LiveStatement, type LiveChange } from '../review/liveStatement';
import { auditPanel } from '../signOff/auditPanel';
import { candidatePanel } from '../signOff/candidatePanel';
import { changesSince } from '../signOff/changesSince';
import { decisionForm } from '../signOff/decisionForm';
import { leadControls } from '../signOff/leadControls';
import { publicationPanel } from '../signOff/publicationPanel';
import { roundsPanel } from '../signOff/roundsPanel';
import { signOffControls } from '../signOff/signOffState';
import { standingsPanel } from '../signOff/standingsPanel';
import { debounce, h, showError, statusLine } from '../ui/dom';
import { setState, stateBadge } from '../ui/stateBadge';
import { StateExplanations } from '../ui/stateNames';
import { title, type Page } from './page';

/** How long after a broadcast the page reads the state again: several often come together (a decision, then a state change). */
const RefreshDelayMs = 250;
/** Text edits come keystroke by keystroke; the page reads again once typing pauses. */
const TextRefreshDelayMs = 1000;

/**
 * A statement's sign-off: its state, the candidate text and hash, where each required organisation stands, the
 * signatory's decision, what changed since an organisation approved, the lead's round and publish controls, the
 * rounds and the audit log. Follows the hub's broadcasts, so everyone sees decisions as they are made.
 *
 * The page reads everything from the server and hands it to its components (signOff/), each of which draws
 * its own part; it owns the hub subscription and the refresh timers, and disposes them when the reader leaves.
 */
export const signOffPage: Page = (main, { id }) => {
  title('Sign-off');
  const heading = h('h1', {}, 'Sign-off');
  const badge = stateBadge();
  const explanation = h('p', { class: 'state-explanation' });
  const live = h('span', { class: 'live-note', 'data-live': 'false' }, 'Connecting…');
  const problems = statusLine();
  problems.textContent = 'Loading…';
  const noRound = h('p', { class: 'role-note' }, 'A lead opens a sign-off round when the text is ready for the signatories.');

  let latest: Promise<void> = Promise.resolve();
  const refresh = debounce(() => {
    latest = latest.then(load);
  }, RefreshDelayMs);
  const publication = publicationPanel(id, () => refresh());
  const candidate = candidatePanel(id, (e) => showError(problems, e));
  const standings = standingsPanel();
  const changes = changesSince(id, () => refresh());
  const decision = decisionForm(id, () => refresh());
  const audit = auditPanel();
  const lead = leadControls(id, () => refresh());
  const rounds = roundsPanel();
  const components = [publication, candidate, standings, changes, decision, audit, lead, rounds];

  const layout = h(
    'div',
    { class: 'signoff-layout', hidden: true },
    h('div', { class: 'signoff-main' }, noRound, publication.element, candidate.element, standings.element, changes.element, decision.element, audit.element),
    h('div', { class: 'signoff-side' }, lead.element, rounds.element),
  );
  const statementLink = h('a', { href: `/statements/${id}`, id: 'statement-link' }, 'Statement');
  main.replaceChildren(
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: '/' }, 'Statements'), ' › ', statementLink),
    heading,
    h('div', { class: 'state-bar' }, badge, explanation, live),
    problems,
    layout,
  );

  let statement: StatementDetails | null = null;

  function showState(state: StatementState, statementTitle: string): void {
    heading.textContent = `Sign-off: ${statementTitle}`;
    statementLink.textContent = statementTitle;
    setState(badge, state);
    explanation.textContent = StateExplanations[state];
  }

  async function load(): Promise<void> {
    let read;
    try {
      read = await Promise.all([statement ?? api.getStatement(id), api.getAccess(id), api.getSignOff(id), api.listRounds(id), api.listAudit(id), api.verifyAudit(id)]);
    } catch (e) {
      showError(problems, e);
      return;
    }
    const [details, access, view, history, entries, verification] = read;
    statement = details;
    problems.textContent = '';
    problems.classList.remove('error');
    layout.hidden = false;
    title(`Sign-off of ${details.title}`);
    showState(view.state, details.title);
    const names = statementNames(access);
    const controls = signOffControls(view, roleOf(access, currentPerson.now), currentPerson.now?.organisation?.id ?? null);
    noRound.hidden = view.round !== null || view.state === 'Published' || view.state === 'Closed';
    candidate.update(view);
    standings.update(view);
    decision.update({ view, controls });
    const organisations = [access.convening, ...access.partners];
    lead.update({ view, controls, organisations, withoutSignatory: organisationsWithoutSignatory(access) });
    const published = view.state === 'Published' || view.state === 'Closed' ? await api.getPublication(id).catch(() => null) : null;
    publication.update({ published, mayChangeEmbargo: controls.close, names });
    rounds.update(history);
    audit.update({ entries, verification, names });
    await changes.update(view);
  }

  const refreshAfterTyping = debounce(() => refresh(), TextRefreshDelayMs);
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
    components.forEach((c) => c.dispose());
  };
};
