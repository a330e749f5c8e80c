import { api } from '../api';
import type { Component } from '../ui/component';
import { h, when } from '../ui/dom';
import { panel } from '../ui/panel';
import { embargoForm, isEmbargoed, type PublicationShown } from './embargoForm';

/** What the publication panel shows: the publication, and the names of the people it mentions. */
export interface PublicationState extends PublicationShown {
  names: ReadonlyMap<string, string>;
}

/**
 * Once published: the version, its SHA-256, when and by whom, from when it is public; the certificate of completion
 * (printable HTML, JSON) and the public page; and, while an embargo runs, a lead's controls for it.
 */
export function publicationPanel(statementId: string, changed: () => void): Component<PublicationState> {
  const publication = h('div', {});
  const embargo = embargoForm(statementId, changed);
  const element = panel('publication-heading', 'Publication', publication, embargo.element);

  return {
    element,
    update(state) {
      const { published, names } = state;
      element.hidden = published === null;
      embargo.update(state);
      if (published === null) {
        return;
      }
      const embargoed = isEmbargoed(published);
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
          h('a', { href: api.certificateUrl(statementId), class: 'button-link', target: '_blank', rel: 'noopener' }, 'Certificate of completion (printable)'),
          h('a', { href: `/api/statements/${statementId}/certificate`, target: '_blank', rel: 'noopener' }, 'Certificate as JSON'),
          h('a', { href: `/statements/${statementId}/moderation` }, 'Public page and sign-on requests'),
        ),
      );
    },
    dispose() {
      embargo.dispose();
    },
  };
}
