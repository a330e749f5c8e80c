import type {
  CatchUpResult,
  JoinResult,
  OpMessage,
  PresenceLeftMessage,
  PresenceMessage,
  PresenceUpdate,
  SubmitRequest,
  SubmitResult,
} from './messages';

/** What the hub tells a session, and when the connection drops or comes back. */
export interface TransportEvents {
  opCommitted(message: OpMessage): void;
  presenceChanged(message: PresenceMessage): void;
  presenceLeft(message: PresenceLeftMessage): void;
  disconnected(): void;
  reconnected(): void;
}

/**
 * The live-editing calls a session makes. The real one is SignalR (src/api/draftHub.ts); tests use a fake network.
 * A call refused by the server rejects with a {@link TransportError} carrying its stable code; a call lost with
 * the connection rejects with one whose code is null.
 */
export interface DraftTransport {
  listen(events: TransportEvents): () => void;
  join(statementId: string): Promise<JoinResult>;
  leave(statementId: string): Promise<void>;
  submit(request: SubmitRequest): Promise<SubmitResult>;
  catchUp(statementId: string, version: number): Promise<CatchUpResult>;
  updatePresence(update: PresenceUpdate): Promise<void>;
}

/** A refused or lost call. `code` is the server's stable code ("rate.limited"), or null when the connection failed. */
export class TransportError extends Error {
  constructor(
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

/** Codes after which the same submission may simply be sent again later. */
export const RetryableCodes: ReadonlySet<string> = new Set(['rate.limited', 'store.contention']);
