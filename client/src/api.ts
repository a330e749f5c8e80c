import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import type {
  CatchUpResult,
  JoinResult,
  OpMessage,
  PresenceLeftMessage,
  PresenceMessage,
  PresenceUpdate,
  SubmitRequest,
  SubmitResult,
} from './session/messages';
import { TransportError, type DraftTransport, type TransportEvents } from './session/transport';

/**
 * Every call the client makes to the server: REST under /api and the live-editing hub at /hubs/draft.
 * Until accounts land the server runs every request as its development identity; signing in will change
 * `authorize` below and nothing else.
 */

export interface StatementSummary {
  id: string;
  title: string;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface StatementDetails extends StatementSummary {
  text: string;
  sha256: string;
  html: string;
}

export type RevisionKind = 'Auto' | 'Named' | 'Candidate';

export interface RevisionView {
  id: string;
  version: number;
  kind: RevisionKind;
  label: string | null;
  author: string;
  createdAt: string;
  sha256: string;
}

export interface VersionView {
  version: number;
  text: string;
  sha256: string;
  html: string;
}

export type RedlineChange = 'Unchanged' | 'Added' | 'Removed' | 'Changed' | 'Moved';

export interface RedlineSegment {
  kind: 'Equal' | 'Inserted' | 'Deleted';
  text: string;
}

export interface RedlineBlock {
  kind: string;
  change: RedlineChange;
  before: string | null;
  after: string | null;
  segments: RedlineSegment[];
}

export interface RedlineStats {
  wordsInserted: number;
  wordsDeleted: number;
  blocksAdded: number;
  blocksRemoved: number;
  blocksChanged: number;
  blocksMoved: number;
}

export interface RedlineView {
  from: number;
  to: number;
  html: string;
  blocks: RedlineBlock[];
  stats: RedlineStats;
}

/** A refusal from the REST API (RFC 9457 Problem Details), with its stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The one place where credentials will be added to requests. */
function authorize(init: RequestInit): RequestInit {
  return { ...init, credentials: 'same-origin' };
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.headers = { ...init.headers, 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, authorize(init));
  } catch {
    throw new ApiError(0, null, 'The server cannot be reached.');
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { code?: string; title?: string; detail?: string };
    throw new ApiError(response.status, problem.code ?? null, problem.detail ?? problem.title ?? response.statusText);
  }
  return (await response.json()) as T;
}

const statement = (id: string): string => `/api/statements/${encodeURIComponent(id)}`;

export const api = {
  listStatements: () => request<StatementSummary[]>('GET', '/api/statements'),
  createStatement: (title: string, text: string) => request<StatementSummary>('POST', '/api/statements', { title, text }),
  getStatement: (id: string) => request<StatementDetails>('GET', statement(id)),
  listRevisions: (id: string) => request<RevisionView[]>('GET', `${statement(id)}/revisions`),
  nameRevision: (id: string, label: string) => request<RevisionView>('POST', `${statement(id)}/revisions`, { label }),
  getVersion: (id: string, version: number) => request<VersionView>('GET', `${statement(id)}/versions/${version}`),
  getRedline: (id: string, from: number, to: number) => request<RedlineView>('GET', `${statement(id)}/redline?from=${from}&to=${to}`),
};

/** How long to wait before each reconnect attempt; the last delay repeats for as long as the page is open. */
const ReconnectDelaysMs = [0, 1000, 2000, 5000, 10000];

/** The hub puts the stable code first in a refusal's message ("HubException: op.out_of_range: …"). */
export function hubError(error: unknown): TransportError {
  const message = error instanceof Error ? error.message : String(error);
  const match = /HubException: ([a-z_]+(?:\.[a-z_0-9]+)+):/.exec(message);
  return new TransportError(match ? match[1] : null, message);
}

/** The live-editing hub as a session's transport, reconnecting by itself whenever the connection drops. */
export class DraftHub implements DraftTransport {
  private readonly connection: HubConnection;
  private readonly listeners = new Set<TransportEvents>();
  private starting: Promise<void> | null = null;
  private stopped = false;
  private retrying = false;

  constructor() {
    this.connection = new HubConnectionBuilder()
      .withUrl('/hubs/draft')
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (c) => ReconnectDelaysMs[Math.min(c.previousRetryCount, ReconnectDelaysMs.length - 1)] })
      .configureLogging(LogLevel.Warning)
      .build();
    this.connection.on('OpCommitted', (m: OpMessage) => this.listeners.forEach((l) => l.opCommitted(m)));
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
