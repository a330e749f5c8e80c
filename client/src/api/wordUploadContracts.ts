import type { SuggestionView, ThreadView } from './reviewContracts';

/** One change an uploaded Word file proposes, in code points of the version it was exported from. */
export interface WordUploadChange {
  start: number;
  end: number;
  quote: string;
  replacement: string;
  /** Placed as near as possible: the file changed that passage without tracking too, or in a way Word cannot carry. */
  approximate: boolean;
}

/** A comment of the uploaded file, on a passage of the version it was exported from. */
export interface WordUploadComment {
  start: number;
  end: number;
  quote: string;
  author: string;
  text: string;
  approximate: boolean;
}

/** What an upload would suggest; nothing is made yet. */
export interface WordUploadPreview {
  version: number;
  tracked: WordUploadChange[];
  untracked: WordUploadChange[];
  comments: WordUploadComment[];
  warnings: string[];
}

export interface WordUploadSuggestion {
  suggestion: SuggestionView;
  untracked: boolean;
  approximate: boolean;
  /** The passage reads differently now than in the exported version. */
  passageChanged: boolean;
}

/** What an upload made. */
export interface WordUploadOutcome {
  version: number;
  suggestions: WordUploadSuggestion[];
  threads: ThreadView[];
  /** Changes to passages deleted since the exported version: listed, never dropped silently. */
  notPlaced: WordUploadChange[];
  commentsNotPlaced: WordUploadComment[];
  untrackedLeftOut: number;
  warnings: string[];
}
