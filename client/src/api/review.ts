import type { HttpApi } from './http';
import type { DecisionReport, SuggestionFilter, SuggestionPreview, SuggestionView, ThreadView } from './reviewContracts';

const statement = (id: string): string => `/api/statements/${encodeURIComponent(id)}`;
const thread = (id: string, threadId: string): string => `${statement(id)}/threads/${encodeURIComponent(threadId)}`;
const suggestion = (id: string, suggestionId: string): string => `${statement(id)}/suggestions/${encodeURIComponent(suggestionId)}`;

/** The REST calls of comments and suggestions (docs/comments.md). Ranges are code points of the text at `version`. */
export function reviewCalls(http: HttpApi) {
  return {
    listThreads: (id: string) => http.request<ThreadView[]>('GET', `${statement(id)}/threads`),
    createThread: (id: string, start: number, end: number, version: number, body: string) =>
      http.request<ThreadView>('POST', `${statement(id)}/threads`, { start, end, version, body }),
    reply: (id: string, threadId: string, body: string) => http.request<ThreadView>('POST', `${thread(id, threadId)}/replies`, { body }),
    resolveThread: (id: string, threadId: string) => http.request<ThreadView>('POST', `${thread(id, threadId)}/resolve`),
    reopenThread: (id: string, threadId: string) => http.request<ThreadView>('POST', `${thread(id, threadId)}/reopen`),
    listSuggestions: (id: string) => http.request<SuggestionView[]>('GET', `${statement(id)}/suggestions`),
    createSuggestion: (id: string, start: number, end: number, version: number, replacement: string) =>
      http.request<SuggestionView>('POST', `${statement(id)}/suggestions`, { start, end, version, replacement }),
    previewSuggestions: (id: string) => http.request<SuggestionPreview>('GET', `${statement(id)}/suggestions/preview`),
    acceptSuggestion: (id: string, suggestionId: string) => http.request<DecisionReport>('POST', `${suggestion(id, suggestionId)}/accept`),
    rejectSuggestion: (id: string, suggestionId: string) => http.request<DecisionReport>('POST', `${suggestion(id, suggestionId)}/reject`),
    acceptAllSuggestions: (id: string, filter: SuggestionFilter) => http.request<DecisionReport>('POST', `${statement(id)}/suggestions/accept-all`, filter),
    rejectAllSuggestions: (id: string, filter: SuggestionFilter) => http.request<DecisionReport>('POST', `${statement(id)}/suggestions/reject-all`, filter),
  };
}
