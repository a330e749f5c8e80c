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

/**
 * A refused or lost call. `code` is the server's stable code ("rate.limited"), {@link UnknownRefusal} when the server
 * refused without one, or null when the connection failed (nothing was answered).
 */
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

/**
 * The code this client gives a refusal that came without one (a server error, an argument the hub could not read):
 * the server answered, so sending the same thing again would be refused again.
 */
export const UnknownRefusal = 'server.refused';

/**
 * The code this client gives an op whose every sending lost the connection: most likely a message larger than the
 * server takes, which closes the connection instead of answering.
 */
export const SendKeepsFailing = 'client.send_keeps_failing';
