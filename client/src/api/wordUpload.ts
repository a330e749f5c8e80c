import type { HttpApi } from './http';
import type { WordUploadOutcome, WordUploadPreview } from './wordUploadContracts';

const uploads = (id: string): string => `/api/statements/${encodeURIComponent(id)}/word-uploads`;

function form(file: File, includeUntracked?: boolean): FormData {
  const data = new FormData();
  data.append('file', file);
  if (includeUntracked !== undefined) {
    data.append('includeUntracked', String(includeUntracked));
  }
  return data;
}

/** Uploads of a Word file edited with tracked changes (docs/word.md): first what it would suggest, then the suggestions. */
export function wordUploadCalls(http: HttpApi) {
  return {
    previewWordUpload: (id: string, file: File) => http.request<WordUploadPreview>('POST', `${uploads(id)}/preview`, form(file)),
    uploadWord: (id: string, file: File, includeUntracked: boolean) => http.request<WordUploadOutcome>('POST', uploads(id), form(file, includeUntracked)),
  };
}
