/** What the comment and suggestion routes answer and take, as ReviewContracts.cs defines them (docs/comments.md). */

/** A range [start, end) of the text at `version`, in code points; `orphaned` when its whole text was deleted. */
export interface AnchorView {
  start: number;
  end: number;
  quote: string;
  state: 'ok' | 'orphaned';
  version: number;
}

export interface ReplyView {
  id: string;
  authorId: string;
  organisationId: string;
  body: string;
  createdAt: string;
}

export type ThreadStatus = 'Open' | 'Resolved';

export interface ThreadView {
  id: string;
  statementId: string;
  anchor: AnchorView;
  authorId: string;
  organisationId: string;
  body: string;
  createdAt: string;
  status: ThreadStatus;
  statusChangedBy: string | null;
  statusChangedAt: string | null;
  replies: ReplyView[];
}

export type SuggestionState = 'Open' | 'Accepted' | 'Rejected' | 'Superseded';

export interface SuggestionView {
  id: string;
  statementId: string;
  anchor: AnchorView;
  replacement: string;
  authorId: string;
  organisationId: string;
  createdAt: string;
  baseVersion: number;
  state: SuggestionState;
  /** The passage no longer reads as its quote (or was deleted): never applied. */
  editedSince: boolean;
  decidedBy: string | null;
  decidedAt: string | null;
  appliedVersion: number | null;
}

export interface SkippedSuggestion {
  id: string;
  reason: string;
}

export interface DecisionReport {
  version: number;
  accepted: string[];
  rejected: string[];
  superseded: string[];
  skipped: SkippedSuggestion[];
}

export interface SuggestionPreview {
  version: number;
  text: string;
  html: string;
  applied: string[];
  skipped: SkippedSuggestion[];
}

/** Accept-all and reject-all take exactly one of the two. */
export type SuggestionFilter = { authorId: string } | { organisationId: string };

export interface CommentChangedMessage {
  statementId: string;
  change: 'created' | 'replied' | 'resolved' | 'reopened';
  thread: ThreadView;
}

export interface SuggestionChangedMessage {
  statementId: string;
  change: 'created' | 'accepted' | 'rejected' | 'superseded';
  suggestion: SuggestionView;
}
