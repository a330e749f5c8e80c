import type { SuggestionView, ThreadView } from '../../api';
import type { CollabEditor } from '../../editor/collabEditor';

/** What the margin needs from the editor page. */
export interface MarginHost {
  statementId: string;
  editor: CollabEditor;
  /** The session's version while the editor shows exactly the server's text at it (nothing unconfirmed), else null. */
  settledVersion(): number | null;
  /** Called after comments or suggestions changed (the page's preview of suggestions reads again). */
  changed(): void;
}

/** A statement's comment threads and suggestions as last read from the server. */
export interface Notes {
  threads: ThreadView[];
  suggestions: SuggestionView[];
}

/** How often, and how many times, to wait for the editor to show the version the server's anchors are at. */
export const SyncPollMs = 150;
export const SyncAttempts = 30;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
