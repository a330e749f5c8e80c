import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import type {
  CatchUpResult,
  JoinResult,
  OpBatchMessage,
  OpMessage,
  PresenceLeftMessage,
  PresenceMessage,
  PresenceUpdate,
  SubmitRequest,
  SubmitResult,
} from '../session/messages';
import { TransportError, UnknownRefusal, type DraftTransport, type TransportEvents } from '../session/transport';

/** How long to wait before each reconnect attempt; the last delay repeats for as long as the page is open. */
const ReconnectDelaysMs = [0, 1000, 2000, 5000, 10000];

/** True when the hub refused to connect because nobody is signed in (its negotiation answered 401). */
export function isSignedOutError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Status code '401'/.test(message);
}

/**
 * The hub puts the stable code first in a refusal's message ("HubException: op.out_of_range: …"). A refusal the
 * server sent without a code ("An unexpected error occurred invoking 'Submit' on the server.", "Failed to invoke …")
 * is {@link UnknownRefusal}; anything else is a call lost with the connection (code null).
 */
export function hubError(error: unknown): TransportError {
  const message = error instanceof Error ? error.message : String(error);
  const match = /HubException: ([a-z_]+(?:\.[a-z_0-9]+)+):/.exec(message);
  if (match) {
    return new TransportError(match[1], message);
  }
  const refused = /HubException|on the server|Failed to invoke/.test(message);
  return new TransportError(refused ? UnknownRefusal : null, message);
}

/**
 * The live-editing hub at /hubs/draft as a session's transport, reconnecting by itself whenever the connection
 * drops. The session cookie authenticates the connection; the hub needs no anti-forgery token.
 */
export class DraftHub implements DraftTransport {
  private readonly connection: HubConnection;
  private readonly listeners = new Set<TransportEvents>();
  private starting: Promise<void> | null = null;
  private stopped = false;
  private retrying = false;

  /** `signedOut` is called when the hub refuses to connect because the session is gone. */
  constructor(private readonly signedOut: () => void) {
    this.connection = new HubConnectionBuilder()
      .withUrl('/hubs/draft')
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (c) => ReconnectDelaysMs[Math.min(c.previousRetryCount, ReconnectDelaysMs.length - 1)] })
      .configureLogging(LogLevel.Warning)
      .build();
    this.connection.on('OpCommitted', (m: OpMessage) => this.listeners.forEach((l) => l.opCommitted(m)));
    // Ops committed together arrive as one message; each is taken as if it had come on its own, oldest first.
    this.connection.on('OpsCommitted', (batch: OpBatchMessage) =>
      batch.ops.forEach((m) => this.listeners.forEach((l) => l.opCommitted(m))),
    );
    this.connection.on('PresenceChanged', (m: PresenceMessage) => this.listeners.forEach((l) => l.presenceChanged(m)));
    this.connection.on('PresenceLeft', (m: PresenceLeftMessage) => this.listeners.forEach((l) => l.presenceLeft(m)));
    this.connection.onreconnecting(() => this.listeners.forEach((l) => l.disconnected()));
    this.connection.onreconnected(() => this.listeners.forEach((l) => l.reconnected()));
    // Automatic reconnect gives up after its delays run out; keep trying at the longest delay.
    this.connection.onclose(() => {
      if (!this.stopped) {
        this.listeners.forEach((l) => l.disconnected());
        this.retryLater();
      }
    });
  }

  /**
   * Calls `handler` with every `method` message the hub sends (the sign-off and review broadcasts, e.g.
   * `DecisionMade`); returns the way to stop. Messages reach only connections that joined the statement.
   */
  on<T>(method: string, handler: (message: T) => void): () => void {
    this.connection.on(method, handler);
    return () => this.connection.off(method, handler);
  }

  listen(events: TransportEvents): () => void {
    this.listeners.add(events);
    return () => this.listeners.delete(events);
  }

  join(statementId: string): Promise<JoinResult> {
    return this.invoke('Join', statementId);
  }

  leave(statementId: string): Promise<void> {
    return this.invoke('Leave', statementId);
  }

  submit(request: SubmitRequest): Promise<SubmitResult> {
    return this.invoke('Submit', request);
  }

  catchUp(statementId: string, version: number): Promise<CatchUpResult> {
    return this.invoke('CatchUp', statementId, version);
  }

  updatePresence(update: PresenceUpdate): Promise<void> {
    return this.invoke('UpdatePresence', update);
  }

  /** Closes the connection for good. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.connection.stop();
  }

  private async invoke<T>(method: string, ...args: unknown[]): Promise<T> {
    await this.ensureStarted();
    try {
      return await this.connection.invoke<T>(method, ...args);
    } catch (e) {
      throw hubError(e);
    }
  }

  private ensureStarted(): Promise<void> {
    if (this.connection.state === HubConnectionState.Connected) {
      return Promise.resolve();
    }
    if (this.starting !== null) {
      return this.starting;
    }
    if (this.connection.state !== HubConnectionState.Disconnected) {
      return Promise.reject(new TransportError(null, 'The connection is being re-established.'));
    }
    this.starting = this.connection
      .start()
      .catch((e: unknown) => {
        if (isSignedOutError(e)) {
          this.signedOut();
        }
        this.retryLater();
        throw new TransportError(null, e instanceof Error ? e.message : String(e));
      })
      .finally(() => (this.starting = null));
    return this.starting;
  }

  private retryLater(): void {
    if (this.retrying || this.stopped) {
      return;
    }
    this.retrying = true;
    setTimeout(() => {
      this.retrying = false;
      this.ensureStarted().then(
        () => this.listeners.forEach((l) => l.reconnected()),
        () => undefined,
      );
    }, ReconnectDelaysMs[ReconnectDelaysMs.length - 1]);
  }
}
