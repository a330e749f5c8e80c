import type { AuditEntryView, DecisionKind, StatementState } from '../api';
import { when } from '../ui/dom';
import { StateNames } from '../ui/stateNames';
import { DecisionNames } from './signOffState';

/** The audit log's entries in words, for the sign-off page's audit panel. */

type Details = Record<string, unknown>;

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/**
 * One audit entry in words. `names` maps organisation and person ids to names (those taking part); an unknown id
 * is shown as "an organisation" or "someone".
 */
export function describeAudit(entry: AuditEntryView, names: ReadonlyMap<string, string>): string {
  const d = (typeof entry.details === 'object' && entry.details !== null ? entry.details : {}) as Details;
  const org = (key = 'organisationId') => names.get(str(d[key])) ?? 'an organisation';
  const person = (key = 'personId') => names.get(str(d[key])) ?? 'someone';
  switch (entry.action) {
    case 'statement.created':
      return `Created the statement “${str(d.title)}”`;
    case 'revision.recorded': {
      const kind = d.kind === 'Candidate' ? 'Candidate revision' : d.kind === 'Named' ? `Named revision “${str(d.label)}”` : 'Revision';
      return `${kind} at version ${str(d.version)}: ${str(d.insertedCharacters)} characters inserted, ${str(d.deletedCharacters)} deleted`;
    }
    case 'lifecycle.changed':
      return `State ${StateNames[d.from as StatementState] ?? str(d.from)} → ${StateNames[d.to as StatementState] ?? str(d.to)}${d.reason ? ` (${str(d.reason)})` : ''}`;
    case 'signoff.round_opened':
      return `Opened a sign-off round on version ${str(d.version)}`;
    case 'signoff.candidate_issued':
      return `Re-issued the candidate: version ${str(d.version)} (was ${str(d.previousVersion)})`;
    case 'signoff.decision':
      return `${DecisionNames[d.decision as DecisionKind] ?? str(d.decision)} version ${str(d.version)} for ${org()}${d.comment ? `: “${str(d.comment)}”` : ''}`;
    case 'publication.published':
      return `Published version ${str(d.version)}${d.publicFrom ? `, public from ${when(str(d.publicFrom))}` : ''}`;
    case 'publication.public_from_changed':
      return d.lifted === true
        ? `Lifted the embargo: public from ${when(str(d.publicFrom))}`
        : `Moved the embargo to ${when(str(d.publicFrom))} (was ${when(str(d.previousPublicFrom))})`;
    case 'access.partner_invited':
      return `Invited ${org()} to take part`;
    case 'access.partner_added':
      return d.acceptedBy ? `Accepted, for ${org()}, to take part` : `Added ${org()} as a partner`;
    case 'access.partner_declined':
      return `Declined, for ${org()}, to take part`;
    case 'access.signatory_proposed':
      return `Proposed ${person()} as signatory for ${org()}`;
    case 'access.signatory_removed':
      return `Withdrew ${person()} as signatory for ${org()}`;
    case 'access.partner_removed':
      return `Removed ${org()} as a partner`;
    case 'access.role_set':
      return d.confirmedBy ? `Named ${person()} signatory for ${org()}` : `Gave ${person()} the role ${str(d.role)}`;
    case 'access.person_removed':
      return `Removed ${person()} from the statement`;
    case 'comment.created':
      return `Commented on “${str(d.quote)}”: “${str(d.body)}”`;
    case 'comment.replied':
      return `Replied to a comment: “${str(d.body)}”`;
    case 'comment.resolved':
      return 'Resolved a comment';
    case 'comment.reopened':
      return 'Reopened a comment';
    case 'suggestion.created':
      return d.replacement === '' ? `Suggested deleting “${str(d.quote)}”` : `Suggested “${str(d.replacement)}” for “${str(d.quote)}”`;
    case 'suggestion.decided':
      return d.decision === 'accepted'
        ? `Accepted a suggestion${d.version ? `: version ${str(d.version)}` : ''}`
        : d.decision === 'superseded'
          ? 'A suggestion was superseded (an overlapping one was accepted)'
          : 'Rejected a suggestion';
    default:
      // An entry this page does not know yet is still shown, in words, never as its code.
      return 'Recorded a change';
  }
}
