import type { components } from './generated/openapi';

/**
 * What the Word upload routes answer (docs/word.md, "Upload"), generated from the server's OpenAPI document (see
 * contracts.ts).
 */
type Schemas = components['schemas'];

/**
 * One change an uploaded Word file proposes, in code points of the version it was exported from; `approximate` when
 * the file changed that passage without tracking too, or in a way Word cannot carry.
 */
export type WordUploadChange = Schemas['WordUploadChangeView'];
/** A comment of the uploaded file, on a passage of the version it was exported from. */
export type WordUploadComment = Schemas['WordUploadCommentView'];
/** What an upload would suggest; nothing is made yet. */
export type WordUploadPreview = Schemas['WordUploadPreview'];
/** A suggestion made from an upload; `passageChanged` when the passage reads differently now than in the exported version. */
export type WordUploadSuggestion = Schemas['WordUploadSuggestion'];
/** What an upload made; changes and comments on passages deleted since are listed, never dropped silently. */
export type WordUploadOutcome = Schemas['WordUploadOutcome'];
