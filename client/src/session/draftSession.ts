import { textType, type Selection, type TextOp } from '../ot';
import type { OpMessage, PresenceLeftMessage, PresenceMessage } from './messages';
import { RetryableCodes, SendKeepsFailing, TransportError, type DraftTransport } from './transport';

/**
 * Where a session is: joining (or re-joining after a reconnect), live, offline, stopped (a change was refused: the
 * local text stays as it is, nothing more is sent or received), failed (could not open), or closed.
 */
export type SessionState = 'joining' | 'live' | 'offline' | 'stopped' | 'failed' | 'closed';

/** Someone else in the statement, with their selection in this client's current text (code points). */
export interface Peer {
  connectionId: string;
  personId: string;
  name: string;
  organisation: string;
  selection: Selection | null;
}

/** What a session tells its editor. Every position and op is in code points. */
export interface SessionListener {
  /** Someone else's op, already applied to `session.text`; the editor applies the same op to its document. */
  remoteOp?(op: TextOp): void;
  /** The whole text was replaced (first join, or a resync after a refused op). */
  reset?(text: string): void;
  stateChanged?(state: SessionState): void;
  peersChanged?(peers: readonly Peer[]): void;
  /** A refusal worth showing; `code` is the server's stable code. */
  error?(code: string, message: string): void;
  /**
   * A change was refused for good (`code`) and the session stopped: the text on screen is kept exactly as typed,
   * but nothing more is sent; the person should copy what they need and reload.
   */
  stopped?(code: string): void;
  /**
   * The person may no longer change the text (`code`: access.forbidden), so their unsent typing was set aside:
   * `text` is the whole text as they had it, and the session has reloaded the server's text.
   */
  setAside?(text: string, code: string): void;
}

/** Timers, replaceable so that tests run the session on a simulated clock. */
export type Schedule = (action: () => void, delayMs: number) => void;

/** Committed ops kept to move a peer's selection that arrives older than this client's version; a few seconds of typing. */
export const RecentOpsKept = 200;

/** How long to wait before resending a submission the server asked to slow down (rate.limited, store.contention). */
export const RetryDelayMs = 500;

/** Each further resend of the same submission waits twice as long, up to this. */
export const MaxRetryDelayMs = 10_000;

/**
 * How many times the connection may drop while the same op is in flight before the session stops sending it: a
 * message the server does not take closes the connection instead of being answered, and would otherwise be resent
 * after every reconnect, forever.
 */
export const MaxLossesPerOp = 4;

/** Refusals that mean the person's role no longer lets them change the text: their typing is set aside, not lost. */
const AccessCodes: ReadonlySet<string> = new Set(['access.forbidden']);

interface Inflight {
  op: TextOp;
  seq: number;
  /** Resends after a refusal asking to wait (for the backoff). */
  retries: number;
  /** Connections lost while it was sent and not yet acknowledged. */
  losses: number;
  /** True once sent on the current connection. */
  sent: boolean;
}

interface PeerEntry extends Omit<Peer, 'selection'> {
  /** The selection in the server's text at `version`. */
  selection: Selection | null;
  version: number;
}

/**
 * A client of one statement's live editing, as ShareDB's client: one op in flight and a pending buffer composed
 * from later edits; committed ops processed strictly in version order (older ones dropped, early ones held until
 * the gap is filled); the echo of the op in flight is its acknowledgement; other ops are transformed against the
 * op in flight and the pending buffer as docs/protocol.md says. After a reconnect it joins again, catches up from
 * its version and resends the op in flight with the same (clientId, seq), which the server commits at most once.
 */
export class DraftSession {
  private currentState: SessionState = 'joining';
  private currentText = '';
  private currentVersion = -1;
  private inflight: Inflight | null = null;
  private pending: TextOp | null = null;
  private nextSeq = 0;
  private readonly early = new Map<number, OpMessage>();
  private readonly recent: OpMessage[] = [];
  private readonly peers = new Map<string, PeerEntry>();
  private localSelection: Selection | null = null;
  private selectionSent = true;
  private presenceBusy = false;
  private readonly unlisten: () => void;

  constructor(
    private readonly transport: DraftTransport,
    readonly statementId: string,
    private readonly listener: SessionListener = {},
    readonly clientId: string = crypto.randomUUID(),
    private readonly schedule: Schedule = (action, delayMs) => void setTimeout(action, delayMs),
  ) {
    this.unlisten = transport.listen({
      opCommitted: (m) => m.statementId === statementId && this.receive(m),
      presenceChanged: (m) => m.statementId === statementId && this.receivePresence(m),
      presenceLeft: (m) => m.statementId === statementId && this.receivePresenceLeft(m),
      disconnected: () => this.disconnected(),
      reconnected: () => void this.rejoin(),
    });
  }

  /** The text as this client sees it: the server's at `version`, then the op in flight, then the pending edits. */
  get text(): string {
    return this.currentText;
  }

  /** The last committed version this client has processed. */
  get version(): number {
    return this.currentVersion;
  }

  get state(): SessionState {
    return this.currentState;
  }

  /** The local selection as last given to `select`, moved by others' ops since. */
  get selection(): Selection | null {
    return this.localSelection;
  }

  /** True once the text is loaded: before that (and while reloading after a refused op) the editor must not edit. */
  get loaded(): boolean {
    return this.currentVersion >= 0;
  }

  /** True while the session sends and receives ops (not stopped, failed or closed). */
  get working(): boolean {
    return this.currentState !== 'stopped' && this.currentState !== 'failed' && this.currentState !== 'closed';
  }

  /** True when every local edit has been acknowledged. */
  get settled(): boolean {
    return this.inflight === null && this.pending === null;
  }

  /** Joins the statement and loads its text. */
  async start(): Promise<void> {
    this.setState('joining');
    try {
      const joined = await this.transport.join(this.statementId);
      this.currentText = joined.text;
      this.currentVersion = joined.version;
      this.peers.clear();
      joined.participants.forEach((p) => this.storePeer(p));
      this.listener.reset?.(joined.text);
      this.setState('live');
      this.drain();
      this.emitPeers();
    } catch (e) {
      this.fail(e);
    }
  }

  /** A local edit, made on `text`. It is applied at once and sent when the op before it is acknowledged. */
  edit(op: TextOp): void {
    if (!this.loaded || !this.working) {
      throw new Error(`The session cannot take edits while ${this.loaded ? this.currentState : 'loading'}.`);
    }
    this.currentText = textType.apply(this.currentText, op);
    this.pending = this.pending === null ? textType.normalize(op) : textType.compose(this.pending, op);
    this.flush();
    this.emitPeers();
  }

  /** The local cursor or selection (code points in `text`), shared with the others once local edits are acknowledged. */
  select(selection: Selection | null): void {
    this.localSelection = selection;
    this.selectionSent = false;
    this.sendPresence();
  }

  /** Leaves the statement and stops listening. */
  async close(): Promise<void> {
    this.unlisten();
    const wasLive = this.currentState === 'live';
    this.setState('closed');
    if (wasLive) {
      await this.transport.leave(this.statementId).catch(() => undefined);
    }
  }

  private receive(message: OpMessage): void {
    if (this.currentVersion >= 0 && message.version <= this.currentVersion) {
      return;
    }
    this.early.set(message.version, message);
    if (this.currentVersion >= 0) {
      this.drain();
    }
  }

  private drain(): void {
    for (const version of this.early.keys()) {
      if (version <= this.currentVersion) {
        this.early.delete(version);
      }
    }
    let next = this.early.get(this.currentVersion + 1);
    while (next !== undefined && this.working) {
      this.early.delete(next.version);
      this.process(next);
      next = this.early.get(this.currentVersion + 1);
    }
  }

  private process(message: OpMessage): void {
    this.advancePeers(message);
    this.recent.push(message);
    if (this.recent.length > RecentOpsKept) {
      this.recent.shift();
    }
    if (this.inflight !== null && message.clientId === this.clientId && message.seq === this.inflight.seq) {
      this.inflight = null;
      this.currentVersion = message.version;
      this.flush();
      this.sendPresence();
      this.emitPeers();
      return;
    }
    // The server put the committed op first; the local ops make way for it (protocol.md, "Transform and its tie-break").
    let incoming = message.op;
    if (this.inflight !== null) {
      const mine = this.inflight.op;
      this.inflight = { ...this.inflight, op: textType.transform(mine, incoming, 'right') };
      incoming = textType.transform(incoming, mine, 'left');
    }
    if (this.pending !== null) {
      const mine = this.pending;
      this.pending = textType.transform(mine, incoming, 'right');
      incoming = textType.transform(incoming, mine, 'left');
    }
    this.currentText = textType.apply(this.currentText, incoming);
    this.currentVersion = message.version;
    if (this.localSelection !== null) {
      this.localSelection = textType.transformSelection(this.localSelection, incoming);
    }
    this.listener.remoteOp?.(incoming);
    this.emitPeers();
  }

  private flush(): void {
    if (this.currentState !== 'live' || this.inflight !== null || this.pending === null) {
      return;
    }
    if (textType.isNoop(this.pending)) {
      this.pending = null;
      return;
    }
    this.inflight = { op: this.pending, seq: this.nextSeq++, retries: 0, losses: 0, sent: false };
    this.pending = null;
    this.send(this.inflight);
  }

  private send(inflight: Inflight): void {
    inflight.sent = true;
    const request = {
      statementId: this.statementId,
      baseVersion: this.currentVersion,
      clientId: this.clientId,
      seq: inflight.seq,
      op: inflight.op,
    };
    this.transport.submit(request).catch((e: unknown) => this.submitFailed(inflight.seq, e));
  }

  private submitFailed(seq: number, error: unknown): void {
    const code = error instanceof TransportError ? error.code : null;
    if (code === null || this.inflight?.seq !== seq || this.currentState !== 'live') {
      // A lost connection: the reconnect resends whatever is still in flight (see disconnected).
      return;
    }
    if (RetryableCodes.has(code)) {
      const inflight = this.inflight;
      const delay = Math.min(RetryDelayMs * 2 ** inflight.retries, MaxRetryDelayMs);
      inflight.retries++;
      this.schedule(() => {
        if (this.currentState === 'live' && this.inflight?.seq === seq) {
          this.send(this.inflight);
        }
      }, delay);
      return;
    }
    if (AccessCodes.has(code)) {
      this.setAside(code);
      return;
    }
    this.stop(code);
  }

  /**
   * Sets the person's unsent typing aside (they may no longer change the text) and reloads the server's text: the
   * listener gets the whole text as the person had it. Nothing happens when every edit was acknowledged.
   */
  setAsideUnsent(code = 'access.forbidden'): void {
    if (this.settled || !this.working) {
      return;
    }
    this.setAside(code);
  }

  private setAside(code: string): void {
    const kept = this.currentText;
    this.listener.setAside?.(kept, code);
    void this.resync();
  }

  /** A refusal that sending again cannot cure: stop sending, keep the text on screen as it is, and say so. */
  private stop(code: string): void {
    this.early.clear();
    this.setState('stopped');
    this.listener.stopped?.(code);
  }

  /** After the local edits were set aside: drop them and load the server's text again. */
  private async resync(): Promise<void> {
    this.inflight = null;
    this.pending = null;
    this.early.clear();
    this.recent.length = 0;
    this.currentVersion = -1;
    await this.start();
  }

  private disconnected(): void {
    if (!this.working) {
      return;
    }
    const inflight = this.inflight;
    if (inflight !== null && inflight.sent) {
      inflight.sent = false;
      inflight.losses++;
      if (inflight.losses >= MaxLossesPerOp) {
        this.stop(SendKeepsFailing);
        return;
      }
    }
    this.setState('offline');
  }

  private async rejoin(): Promise<void> {
    if (!this.working) {
      return;
    }
    if (this.currentVersion < 0) {
      await this.start();
      return;
    }
    this.setState('joining');
    try {
      const joined = await this.transport.join(this.statementId);
      this.peers.clear();
      joined.participants.forEach((p) => this.storePeer(p));
      const caughtUp = await this.transport.catchUp(this.statementId, this.currentVersion);
      caughtUp.ops.forEach((m) => this.receive(m));
      if (this.currentState !== 'joining') {
        return;
      }
      this.setState('live');
      if (this.inflight !== null) {
        this.send(this.inflight);
      }
      this.flush();
      this.selectionSent = false;
      this.sendPresence();
      this.emitPeers();
    } catch (e) {
      if (e instanceof TransportError && e.code === null) {
        this.setState('offline');
        return;
      }
      this.fail(e);
    }
  }

  private sendPresence(): void {
    if (this.currentState !== 'live' || this.presenceBusy || this.selectionSent || !this.settled) {
      return;
    }
    // A selection made in text the server has not committed yet could not be placed there; it waits for the ack.
    this.presenceBusy = true;
    this.selectionSent = true;
    this.transport
      .updatePresence({ statementId: this.statementId, version: this.currentVersion, selection: this.localSelection })
      .catch(() => {
        this.selectionSent = false;
      })
      .finally(() => {
        this.presenceBusy = false;
        this.sendPresence();
      });
  }

  private receivePresence(message: PresenceMessage): void {
    this.storePeer(message);
    this.emitPeers();
  }

  private receivePresenceLeft(message: PresenceLeftMessage): void {
    if (this.peers.delete(message.connectionId)) {
      this.emitPeers();
    }
  }

  private storePeer(message: PresenceMessage): void {
    let { selection, version } = message;
    if (selection !== null && version < this.currentVersion) {
      for (const op of this.recent) {
        if (selection !== null && op.version === version + 1) {
          selection = textType.transformSelection(selection, op.op);
          version = op.version;
        }
      }
      if (version !== this.currentVersion) {
        selection = null;
      }
    }
    this.peers.set(message.connectionId, {
      connectionId: message.connectionId,
      personId: message.personId,
      name: message.name,
      organisation: message.organisation,
      selection,
      version,
    });
  }

  /** Peers' selections are kept in the server's text, moved along by each committed op as it is processed. */
  private advancePeers(message: OpMessage): void {
    for (const peer of this.peers.values()) {
      if (peer.selection !== null && peer.version === message.version - 1) {
        peer.selection = textType.transformSelection(peer.selection, message.op);
        peer.version = message.version;
      }
    }
  }

  private emitPeers(): void {
    if (this.listener.peersChanged === undefined) {
      return;
    }
    const local: Peer[] = [];
    for (const { version, selection, ...peer } of this.peers.values()) {
      local.push({ ...peer, selection: version === this.currentVersion ? this.toLocal(selection) : null });
    }
    this.listener.peersChanged(local);
  }

  private toLocal(selection: Selection | null): Selection | null {
    let moved = selection;
    for (const op of [this.inflight?.op, this.pending]) {
      if (moved !== null && op != null) {
        moved = textType.transformSelection(moved, op);
      }
    }
    return moved;
  }

  private fail(error: unknown): void {
    if (error instanceof TransportError && error.code === null) {
      this.setState('offline');
      return;
    }
    const code = error instanceof TransportError && error.code !== null ? error.code : 'client.error';
    this.setState('failed');
    this.listener.error?.(code, error instanceof Error ? error.message : String(error));
  }

  private setState(state: SessionState): void {
    if (this.currentState !== state) {
      this.currentState = state;
      this.listener.stateChanged?.(state);
    }
  }
}
