import type { StatementRole } from '../api';
import { allows } from './permissions';

/** What a role lets someone do with the editor, in one sentence (shown beside the editor). */
export function roleNote(role: StatementRole | null): string {
  if (allows(role, 'Edit')) {
    return '';
  }
  if (allows(role, 'Suggest')) {
    return `Your role (${role}) does not change the text directly: what you type becomes a suggestion, and you can comment on any passage.`;
  }
  return `You can read this statement and follow the changes live; your role (${role ?? 'none'}) does not allow editing.`;
}

/** The notice for a role a lead changed while the editor is open. */
export function roleChangedNotice(role: StatementRole | null): string {
  if (role === null) {
    return 'A lead removed you from this statement: you can no longer follow or change it here.';
  }
  const named = role.toLowerCase();
  if (allows(role, 'Edit')) {
    return `A lead changed your role to ${named}: you can edit the text directly again.`;
  }
  if (allows(role, 'Suggest')) {
    return `A lead changed your role to ${named}: you can no longer change the text directly; what you type now becomes a suggestion.`;
  }
  return `A lead changed your role to ${named}: you can read the text and follow the changes, but no longer change it.`;
}

/** Said beside unsent typing that was set aside because the role no longer allowed it. */
export const SetAsideNotice =
  'Your last changes were not saved, because your role on this statement changed while you typed. Here they are, in your whole text as you had it: copy what you need.';

/** Said when the session stopped after a refusal, after the refusal's own sentence. */
export const StoppedAdvice =
  'What you typed is still on this page but is not saved: copy your text, then reload the page to go on from the saved version.';
