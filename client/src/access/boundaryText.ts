import { ApiError, type InvitedPartner, type Organisation, type OrganisationStatement, type StatementAccess } from '../api';
import { whenWithZone } from '../ui/dom';

/** What the pages say about who takes part in a statement and who signs for an organisation (docs/accounts.md). */

/** Writes a date and time with its time zone; pages use the reader's, tests a fixed one. */
export type DateWriter = (iso: string) => string;

const readersTime: DateWriter = (iso) => whenWithZone(iso);

/** "A", "A and B", "A, B and C". */
export function listOfNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Where an invited partner stands, as its row on the People and access page says it. */
export function partnerStanding(partner: InvitedPartner, write: DateWriter = readersTime): string {
  if (partner.status === 'Invited') {
    return `Invited by ${partner.invitedByName} on ${write(partner.invitedAt)}: waiting for its administrators to accept.`;
  }
  return `Declined${partner.answeredAt ? ` on ${write(partner.answeredAt)}` : ''}: it does not take part.`;
}

/** A lead's signatory proposal on the statement side: it counts once the person's organisation confirms it. */
export function proposalStanding(proposedByName: string, proposedAt: string, organisationName: string, write: DateWriter = readersTime): string {
  return `Proposed as signatory by ${proposedByName} on ${write(proposedAt)}, waiting for ${organisationName}'s administrators to confirm.`;
}

/** The organisations taking part in a statement for which nobody can approve yet, as the server names them. */
export function organisationsWithoutSignatory(access: StatementAccess): Organisation[] {
  const taking = [access.convening, ...access.partners];
  return access.organisationsWithoutSignatory.map((id) => taking.find((o) => o.id === id)).filter((o): o is Organisation => o !== undefined);
}

/** The sign-off page's warning before a round is opened, naming the organisations nobody can approve for; null when none. */
export function withoutSignatoryWarning(organisations: readonly { name: string }[]): string | null {
  if (organisations.length === 0) {
    return null;
  }
  const names = listOfNames(organisations.map((o) => o.name));
  const one = organisations.length === 1;
  return (
    `Nobody can approve for ${names} yet: ${one ? 'it has' : 'they have'} no signatory on this statement. ` +
    `A round that requires ${one ? 'it' : 'them'} cannot be opened until ${one ? 'its' : 'their'} administrators name one on ` +
    `${one ? 'their organisation page' : 'their organisation pages'}; a lead can propose someone on the People and access page.`
  );
}

/** What a refused round says when required organisations have nobody able to approve; null for any other refusal. */
export function noSignatoryRefusal(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'signoff.no_signatory') {
    return null;
  }
  const named = error.extensions.organisations;
  const names = Array.isArray(named) ? named.map((o) => (o as { name?: unknown }).name).filter((n): n is string => typeof n === 'string') : [];
  if (names.length === 0) {
    return 'The round was not opened: an organisation it requires has nobody who can approve for it yet.';
  }
  const one = names.length === 1;
  return (
    `The round was not opened: nobody can approve for ${listOfNames(names)} yet. ` +
    `${one ? 'Its' : 'Their'} administrators must name a signatory first, or leave ${one ? 'it' : 'them'} out of the round.`
  );
}

/** What waits for an organisation's administrators ("2 invitations to take part and 1 signatory proposal to confirm"), or null. */
export function waitingForAdministrators(statements: readonly OrganisationStatement[]): string | null {
  const invitations = statements.filter((s) => s.status === 'Invited').length;
  const proposals = statements.filter((s) => s.status === 'TakingPart' || s.status === 'Convening').reduce((n, s) => n + s.signatoryProposals.length, 0);
  const parts = [
    invitations > 0 ? plural(invitations, 'invitation to take part', 'invitations to take part') : null,
    proposals > 0 ? plural(proposals, 'signatory proposal to confirm', 'signatory proposals to confirm') : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : listOfNames(parts);
}
