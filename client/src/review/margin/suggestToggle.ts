import type { StatementRole } from '../../api';
import { allows } from '../../account/permissions';
import type { CollabEditor } from '../../editor/collabEditor';
import type { Passage } from '../../editor/suggestMode';
import type { Component } from '../../ui/component';
import { h } from '../../ui/dom';

/** Who reads the margin, and whether the statement's text can still change (not once published or closed). */
export interface SuggestingAllowed {
  role: StatementRole | null;
  textOpen: boolean;
}

/** The "Suggest changes" toggle (its element) and the note saying what suggest mode does, placed apart. */
export interface SuggestToggle extends Component<SuggestingAllowed> {
  readonly note: HTMLElement;
}

/**
 * Suggest mode: the editor hands each edit to `suggest` instead of applying it. A toggle for editors and leads;
 * always on, and not to be turned off, for a role that may suggest but not edit.
 */
export function suggestToggle(editor: CollabEditor, suggest: (passage: Passage | null) => void): SuggestToggle {
  const button = h('button', { type: 'button', class: 'secondary', 'aria-pressed': 'false' }, 'Suggest changes');
  const note = h('p', { class: 'mode-note', hidden: true });
  let role: StatementRole | null = null;
  let suggesting = false;

  const setSuggesting = (on: boolean) => {
    suggesting = on;
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? 'Suggesting: on' : 'Suggest changes';
    note.hidden = !on;
    note.textContent = allows(role, 'Edit')
      ? 'Suggest mode: select a passage and type, or press Delete, to suggest a change; the text itself does not change.'
      : 'Your role suggests changes: select a passage and type, or press Delete; your suggestion opens in the margin.';
    editor.setSuggesting(on ? suggest : null);
  };
  button.addEventListener('click', () => setSuggesting(!suggesting));

  return {
    element: button,
    note,
    update(allowed) {
      role = allowed.role;
      const maySuggest = allows(role, 'Suggest') && allowed.textOpen;
      button.hidden = !maySuggest;
      // Who may suggest but not edit has only suggest mode: their typing always becomes suggestions.
      const onlySuggest = maySuggest && !allows(role, 'Edit');
      // Suggest mode forced by a role that could only suggest ends with that role (a lead made them an editor).
      const wasForced = button.disabled;
      button.disabled = onlySuggest;
      const on = onlySuggest || (maySuggest && suggesting && !wasForced);
      if (on !== suggesting) {
        setSuggesting(on);
      }
    },
    dispose() {},
  };
}
