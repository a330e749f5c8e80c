import { api, type WordUploadChange, type WordUploadComment, type WordUploadOutcome, type WordUploadPreview } from '../api';
import { h, showError, statusLine } from '../ui/dom';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A change in words: what goes, what comes, and a caution where it was placed only approximately. */
function changeItem(change: WordUploadChange): HTMLLIElement {
  const item = h('li', {});
  if (change.quote === '') {
    item.append('Add ', h('ins', {}, change.replacement));
  } else if (change.replacement === '') {
    item.append('Remove ', h('del', {}, change.quote));
  } else {
    item.append('Replace ', h('del', {}, change.quote), ' with ', h('ins', {}, change.replacement));
  }
  if (change.approximate) {
    item.append(h('span', { class: 'note' }, ' — placed as near as we could; please check it'));
  }
  return item;
}

/** A comment in words: who wrote what, on which passage. */
function commentItem(comment: WordUploadComment): HTMLLIElement {
  const who = comment.author === '' ? 'A comment' : `${comment.author}`;
  return h('li', {}, `${who} on “${comment.quote}”: ${comment.text}`, comment.approximate ? h('span', { class: 'note' }, ' — placed as near as we could; please check it') : '');
}

/**
 * "Upload a Word file with tracked changes": someone who downloaded a version as .docx and edited it in Word with
 * Track Changes on uploads it; the panel shows what the file would suggest (and any edits made without tracking, to
 * confirm), then makes the suggestions, credited to their organisation.
 */
export function wordUploadPanel(id: string): HTMLElement {
  const fileInput = h('input', {
    id: 'word-upload-file', name: 'file', type: 'file', required: true,
    accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  const check = h('button', { type: 'submit' }, 'Check the file');
  const form = h('form', { class: 'inline-form word-upload-form' }, h('label', { for: 'word-upload-file' }, 'Edited Word document (.docx)'), fileInput, check);
  const status = statusLine();
  const preview = h('div', { class: 'word-upload-preview', 'aria-live': 'polite' });
  const panel = h(
    'section',
    { 'aria-labelledby': 'word-upload-heading', class: 'word-upload' },
    h('h2', { id: 'word-upload-heading' }, 'Upload a Word file with tracked changes'),
    h('p', {}, 'Downloaded a version as a Word document and edited it with Track Changes on? Upload it here: each tracked change becomes a suggestion from your organisation, for the leads to accept or reject.'),
    form,
    status,
    preview,
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const file = fileInput.files?.[0];
    if (file !== undefined) {
      void checkFile(file);
    }
  });

  async function checkFile(file: File): Promise<void> {
    status.classList.remove('error');
    status.textContent = 'Reading the file…';
    preview.replaceChildren();
    check.disabled = true;
    try {
      showPreview(file, await api.previewWordUpload(id, file));
      status.textContent = '';
    } catch (e) {
      showError(status, e);
    } finally {
      check.disabled = false;
    }
  }

  function showPreview(file: File, plan: WordUploadPreview): void {
    const parts: HTMLElement[] = [];
    if (plan.tracked.length === 0 && plan.untracked.length === 0 && plan.comments.length === 0) {
      parts.push(h('p', {}, `The file has no changes to version ${plan.version}, the version it was downloaded as.`));
    }
    if (plan.tracked.length > 0) {
      parts.push(
        h('p', {}, `${plural(plan.tracked.length, 'tracked change', 'tracked changes')} to version ${plan.version} will become suggestions:`),
        h('ul', { class: 'word-upload-changes' }, ...plan.tracked.map(changeItem)),
      );
    }
    if (plan.comments.length > 0) {
      parts.push(
        h('p', {}, `${plural(plan.comments.length, 'comment', 'comments')} will become comment threads:`),
        h('ul', { class: 'word-upload-comments' }, ...plan.comments.map(commentItem)),
      );
    }
    const includeUntracked = h('input', { type: 'checkbox', id: 'word-upload-untracked' });
    if (plan.untracked.length > 0) {
      parts.push(
        h('p', {}, `The file also has ${plural(plan.untracked.length, 'change', 'changes')} made without Track Changes:`),
        h('ul', { class: 'word-upload-changes' }, ...plan.untracked.map(changeItem)),
        h('label', { class: 'choice' }, includeUntracked, 'Also suggest the changes made without Track Changes'),
      );
    }
    if (plan.warnings.length > 0) {
      parts.push(h('p', {}, 'Not carried over from the file:'), h('ul', {}, ...plan.warnings.map((w) => h('li', {}, w))));
    }
    const make = h('button', { type: 'button' }, 'Make the suggestions');
    const nothing = () => plan.tracked.length === 0 && plan.comments.length === 0 && !includeUntracked.checked;
    includeUntracked.addEventListener('change', () => {
      make.disabled = nothing();
    });
    make.disabled = nothing();
    make.addEventListener('click', () => void upload(file, includeUntracked.checked, make));
    parts.push(h('p', {}, make));
    preview.replaceChildren(...parts);
  }

  async function upload(file: File, includeUntracked: boolean, button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    status.classList.remove('error');
    status.textContent = 'Making the suggestions…';
    try {
      showOutcome(await api.uploadWord(id, file, includeUntracked));
      status.textContent = '';
    } catch (e) {
      button.disabled = false;
      showError(status, e);
    }
  }

  function showOutcome(outcome: WordUploadOutcome): void {
    const parts: HTMLElement[] = [
      h('p', { class: 'word-upload-done' }, `${plural(outcome.suggestions.length, 'suggestion was', 'suggestions were')} made. `,
        h('a', { href: `/statements/${id}` }, 'Open the statement to see them')),
    ];
    if (outcome.threads.length > 0) {
      parts.push(h('p', {}, `${plural(outcome.threads.length, 'comment thread was', 'comment threads were')} started from the file’s comments.`));
    }
    const changed = outcome.suggestions.filter((s) => s.passageChanged).length;
    if (changed > 0) {
      parts.push(h('p', {}, `${plural(changed, 'of them is on a passage that has', 'of them are on passages that have')} changed since version ${outcome.version}: check ${changed === 1 ? 'it' : 'them'} before deciding.`));
    }
    if (outcome.notPlaced.length > 0) {
      parts.push(
        h('p', {}, `${plural(outcome.notPlaced.length, 'change could not be placed because its passage has', 'changes could not be placed because their passages have')} been deleted since version ${outcome.version}:`),
        h('ul', { class: 'word-upload-changes' }, ...outcome.notPlaced.map(changeItem)),
      );
    }
    if (outcome.commentsNotPlaced.length > 0) {
      parts.push(
        h('p', {}, `${plural(outcome.commentsNotPlaced.length, 'comment could not be placed because its passage has', 'comments could not be placed because their passages have')} been deleted since version ${outcome.version}:`),
        h('ul', { class: 'word-upload-comments' }, ...outcome.commentsNotPlaced.map(commentItem)),
      );
    }
    if (outcome.untrackedLeftOut > 0) {
      parts.push(h('p', {}, `${plural(outcome.untrackedLeftOut, 'change made without Track Changes was', 'changes made without Track Changes were')} left out.`));
    }
    preview.replaceChildren(...parts);
  }

  return panel;
}
