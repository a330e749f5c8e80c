import { ApiError, type InvitationPreview } from '../api';
import { whenWithZone } from '../ui/dom';
import type { DateWriter } from './boundaryText';

/** What the invite page and the invitation forms say about an invitation link (docs/accounts.md). */

/** Who invites whom, to which organisation and statement, with which role: the sentence the invite page starts with. */
export function invitationSentence(preview: InvitationPreview): string {
  const joining = `to join ${preview.organisationName}${preview.organisationAdmin ? ' as one of its administrators' : ''}`;
  const statement = preview.statementTitle
    ? ` and to take part in the statement “${preview.statementTitle}”${preview.role ? ` as ${preview.role}` : ''}`
    : '';
  const inviter = preview.invitedByOrganisationName ? `${preview.invitedByName} of ${preview.invitedByOrganisationName}` : preview.invitedByName;
  return `${inviter} invites ${preview.email} ${joining}${statement}.`;
}

/** Until when the link works, with the time zone. */
export function linkValidity(preview: Pick<InvitationPreview, 'expiresAt'>, write: DateWriter = (iso) => whenWithZone(iso)): string {
  return `The link works once, until ${write(preview.expiresAt)}.`;
}

/** Why a link cannot be used (unknown, used, expired, revoked), in a sentence; other errors say their own words. */
export function invitationLinkProblem(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'invitation.not_found':
        return 'This link holds no invitation we know. Check that you opened the whole link you were sent, including the part after “#”.';
      case 'invitation.used':
        return 'This invitation has been used already. If you accepted it, sign in; otherwise ask whoever invited you for a new link.';
      case 'invitation.expired':
        return 'This invitation has expired. Ask whoever invited you to send you a new link.';
      case 'invitation.revoked':
        return 'This invitation was withdrawn, or replaced by a newer link. Ask whoever invited you for the latest link.';
    }
  }
  return error instanceof Error ? error.message : String(error);
}

/** Why an invitation to a statement was refused: the person has an account already, or the organisation is not the inviter's to grow. */
export function statementInvitationRefusal(error: unknown, email: string, organisationName: string): string {
  if (error instanceof ApiError) {
    if (error.code === 'invitation.has_account') {
      return `${email} already has an account: choose them under “Add someone who already has an account” instead.`;
    }
    if (error.code === 'access.forbidden') {
      return `Only the administrators of ${organisationName} can invite new people to it. Ask one of them to invite this person; once they have an account, add them here.`;
    }
  }
  return error instanceof Error ? error.message : String(error);
}
