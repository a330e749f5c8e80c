import type { Peer, SessionState } from '../session/draftSession';
import type { Component } from '../ui/component';
import { h } from '../ui/dom';
import { colourFor } from './collabEditor';

const stateText: Record<SessionState, string> = {
  joining: 'Connecting…',
  live: 'Live: changes are shared as you type',
  offline: 'Offline: your changes are kept and sent when the connection is back',
  stopped: 'Not saving: your last change was refused',
  failed: 'Could not open this statement',
  closed: 'Closed',
};

/** For someone who may only read, the states say what they see rather than what happens to their typing. */
const readingStateText: Record<SessionState, string> = {
  ...stateText,
  live: 'Live: you see changes as they are made',
  offline: 'Offline: changes will show when the connection is back',
};

/** The session's state, and whether the reader only reads (their role does not let them edit). */
export interface ConnectionShown {
  state: SessionState;
  reading: boolean;
}

/** The editor toolbar's line saying whether changes are shared live, announced to screen readers. */
export function connectionStatus(): Component<ConnectionShown> {
  const element = h('p', { class: 'connection', role: 'status', 'aria-live': 'polite', 'data-state': 'joining' }, stateText.joining);
  return {
    element,
    update({ state, reading }) {
      element.textContent = (reading ? readingStateText : stateText)[state];
      element.dataset.state = state;
    },
    dispose() {},
  };
}

function participantItem(peer: Peer): HTMLLIElement {
  return h(
    'li',
    {},
    h('span', { class: 'swatch', style: `background-color: ${colourFor(peer.personId)}`, 'aria-hidden': 'true' }),
    `${peer.name} (${peer.organisation})`,
  );
}

/** Who else has the statement open, each with the colour of their cursor. */
export function participantList(): Component<readonly Peer[]> {
  const element = h('ul', { class: 'participants', 'aria-label': 'Also here' });
  return {
    element,
    update(peers) {
      element.replaceChildren(...peers.map(participantItem));
    },
    dispose() {},
  };
}
