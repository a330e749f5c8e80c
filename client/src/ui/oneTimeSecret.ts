import { h } from './dom';

/**
 * A secret the server shows once (an access token, an invitation link): in a read-only box, selected for copying,
 * with a Copy button and the warning that it will not be shown again.
 */
export function oneTimeSecret(label: string, secret: string, note: string): HTMLElement {
  const id = `secret-${Math.random().toString(36).slice(2)}`;
  const box = h('input', { id, class: 'secret', readonly: true, value: secret, spellcheck: 'false', autocomplete: 'off' });
  const copied = h('span', { class: 'meta', role: 'status', 'aria-live': 'polite' });
  const copy = h('button', { type: 'button' }, 'Copy');
  copy.addEventListener('click', async () => {
    box.select();
    try {
      await navigator.clipboard.writeText(secret);
      copied.textContent = 'Copied.';
    } catch {
      copied.textContent = 'Press Ctrl+C (⌘C) to copy the selected text.';
    }
  });
  queueMicrotask(() => box.select());
  return h(
    'div',
    { class: 'one-time-secret' },
    h('label', { for: id }, label),
    h('div', { class: 'secret-row' }, box, copy, copied),
    h('p', { class: 'meta' }, note),
  );
}
