import type { components } from './generated/openapi';

/**
 * What the comment and suggestion routes answer and take (docs/comments.md), generated from the server's OpenAPI
 * document (see contracts.ts); the hub's messages of this area are written out by hand.
 */
type Schemas = components['schemas'];

/** A range [start, end) of the text at `version`, in code points; `state` is 'ok', or 'orphaned' when its whole text was deleted. */
export type AnchorView = Schemas['AnchorView'];
export type ReplyView = Schemas['ReplyView'];
export type ThreadStatus = Schemas['ThreadStatus'];
export type ThreadView = Schemas['ThreadView'];
export type SuggestionState = Schemas['SuggestionState'];
/** A suggestion; `editedSince` when the passage no longer reads as its quote (or was deleted): never applied. */
export type SuggestionView = Schemas['SuggestionView'];
export type SkippedSuggestion = Schemas['SkippedSuggestion'];
export type DecisionReport = Schemas['DecisionReport'];
export type SuggestionPreview = Schemas['SuggestionPreview'];

/** Accept-all and reject-all take exactly one of the two (the server's DecideAllRequest, narrowed). */
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
