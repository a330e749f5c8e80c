import { h, type Attributes } from './dom';

/** A labelled input for a stacked form: the label, then the input (with `id` and `name`). */
export function field(id: string, label: string, attributes: Attributes = {}): [HTMLLabelElement, HTMLInputElement] {
  return [h('label', { for: id }, label), h('input', { id, name: id, ...attributes })];
}

/** Passwords are 12 to 256 characters (docs/accounts.md); the browser says so before the server has to. */
export const PasswordAttributes: Attributes = { type: 'password', required: true, minlength: 12, maxlength: 256 };

/** Refuses a form whose two new-password fields differ, in the browser's own way. */
export function requireSame(password: HTMLInputElement, confirmation: HTMLInputElement): void {
  const check = () => confirmation.setCustomValidity(confirmation.value === password.value ? '' : 'The two passwords differ.');
  password.addEventListener('input', check);
  confirmation.addEventListener('input', check);
}
