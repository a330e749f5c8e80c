import { InvalidOpError, textType, type Selection } from '../../src/ot';
import type {
  CatchUpResult,
  JoinResult,
  OpMessage,
  PresenceMessage,
  PresenceUpdate,
  SubmitRequest,
  SubmitResult,
} from '../../src/session/messages';
import { TransportError, type DraftTransport, type TransportEvents } from '../../src/session/transport';
import type { Random } from '../support/random';

type Delivery = () => void;

/**
 * A network that delivers whatever it is given in an order chosen by a seeded generator. Calls reach the server in
 * order per connection, as SignalR runs one call at a time. Answers and broadcasts to one client arrive in the order
 * they were sent, as on a SignalR connection, or, with `reorder`, overtake each other. Connections can drop and come
 * back; a call lost with its connection may or may not have reached the server.
 */
export class FakeNetwork {
  readonly server = new FakeServer(this);
  private readonly toClients = new Map<FakeConnection, Delivery[]>();
  private readonly toServer = new Map<FakeConnection, Delivery[]>();

  constructor(
    readonly random: Random,
    readonly reorder = false,
  ) {}

  connect(name: string): FakeConnection {
    return new FakeConnection(this, name);
  }

  sendToServer(connection: FakeConnection, delivery: Delivery): void {
    this.queue(this.toServer, connection).push(delivery);
  }

  sendToClient(connection: FakeConnection, delivery: Delivery): void {
    this.queue(this.toClients, connection).push(delivery);
  }

  /** Calls sent but not yet read by the server are lost with a dropped connection, unless `keep` says otherwise. */
  dropCalls(connection: FakeConnection, keep: (random: Random) => boolean): void {
    this.toServer.set(connection, this.queue(this.toServer, connection).filter(() => keep(this.random)));
  }

  get idle(): boolean {
    return [...this.toServer.values(), ...this.toClients.values()].every((q) => q.length === 0);
  }

  /** Delivers one message chosen at random; false when nothing is on its way. */
  step(): boolean {
    const choices: Array<[Delivery[], number]> = [];
    for (const q of this.toServer.values()) {
      if (q.length > 0) {
        choices.push([q, 0]);
      }
    }
    for (const q of this.toClients.values()) {
      const reachable = this.reorder ? q.length : Math.min(q.length, 1);
      for (let i = 0; i < reachable; i++) {
        choices.push([q, i]);
      }
    }
    if (choices.length === 0) {
      return false;
    }
    const [q, i] = choices[this.random.int(choices.length)];
    q.splice(i, 1)[0]();
    return true;
  }

  private queue(map: Map<FakeConnection, Delivery[]>, connection: FakeConnection): Delivery[] {
    let q = map.get(connection);
    if (q === undefined) {
      q = [];
      map.set(connection, q);
    }
    return q;
  }
}

interface Call {
  reject(error: TransportError): void;
}

/** One client's connection: a DraftTransport whose calls and events go through the fake network. */
export class FakeConnection implements DraftTransport {
  private events: TransportEvents | null = null;
  private epoch = 0;
  private open = true;
  private readonly calls = new Set<Call>();

  constructor(
    private readonly network: FakeNetwork,
    readonly name: string,
  ) {}

  /** Changes with every reconnect, as a SignalR connection id does. */
  get connectionId(): string {
    return `${this.name}#${this.epoch}`;
  }

  get connected(): boolean {
    return this.open;
  }

  listen(events: TransportEvents): () => void {
    this.events = events;
    return () => {
      this.events = null;
    };
  }

  join(statementId: string): Promise<JoinResult> {
    return this.call((server) => server.join(this, statementId));
  }

  leave(): Promise<void> {
    return this.call((server) => server.leave(this));
  }

  submit(request: SubmitRequest): Promise<SubmitResult> {
    return this.call((server) => server.submit(this, request));
  }

  catchUp(statementId: string, version: number): Promise<CatchUpResult> {
    return this.call((server) => server.catchUp(statementId, version));
  }

  updatePresence(update: PresenceUpdate): Promise<void> {
    return this.call((server) => server.updatePresence(this, update));
  }

  /** Something the server sends this client; lost if the connection drops before it arrives. */
  push(deliver: (events: TransportEvents) => void): void {
    const epoch = this.epoch;
    this.network.sendToClient(this, () => {
      if (this.epoch === epoch && this.open && this.events !== null) {
        deliver(this.events);
      }
    });
  }

  /** Runs `action` after a while: a timer, delivered like any other message to this client. */
  later(action: () => void): void {
    this.network.sendToClient(this, action);
  }

  /** The connection drops: calls on their way fail, and some already sent still reach the server. */
  drop(): void {
    if (!this.open) {
      return;
    }
    this.open = false;
    this.epoch++;
    this.network.dropCalls(this, (random) => random.chance(0.5));
    this.network.server.disconnected(this);
    for (const call of this.calls) {
      call.reject(new TransportError(null, 'The connection was lost.'));
    }
    this.calls.clear();
    this.events?.disconnected();
  }

  /** The connection comes back (as SignalR's automatic reconnect), with a new connection id. */
  restore(): void {
    if (this.open) {
      return;
    }
    this.open = true;
    this.events?.reconnected();
  }

  private call<T>(handle: (server: FakeServer) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (!this.open) {
        reject(new TransportError(null, 'Not connected.'));
        return;
      }
      const epoch = this.epoch;
      const call: Call = { reject };
      this.calls.add(call);
      this.network.sendToServer(this, () => {
        let answer: () => void;
        try {
          const result = handle(this.network.server);
          answer = () => resolve(result);
        } catch (e) {
          answer = () => reject(e);
        }
        this.network.sendToClient(this, () => {
          if (this.epoch === epoch && this.calls.delete(call)) {
            answer();
          }
        });
      });
    });
  }
}

interface Present {
  statementId: string;
  connection: FakeConnection;
  connectionId: string;
  selection: Selection | null;
}

/** The server's editing path in miniature: transform against what was committed since the base, resolve, commit, broadcast. */
export class FakeServer {
  text = '';
  readonly log: OpMessage[] = [];
  /** Submissions refused with rate.limited, as a fraction: the client must send them again. */
  rateLimitChance = 0;
  /** Refuses the next submission whose op inserts this text, as if it did not fit the document. */
  refuseInsert: string | null = null;
  /** The code `refuseInsert` refuses with. */
  refuseCode = 'op.out_of_range';
  /** Refuses every submission with this code (e.g. access.forbidden after a role change), while set. */
  refuseAllWith: string | null = null;
  /** A submission whose op inserts this text closes the connection instead of being answered, as an oversized message does. */
  dropOnInsert: string | null = null;
  /** Every submission that reached the server, answered or not. */
  submissions = 0;
  private readonly committed = new Map<string, number>();
  private readonly present = new Map<FakeConnection, Present>();

  constructor(private readonly network: FakeNetwork) {}

  get version(): number {
    return this.log.length;
  }

  join(connection: FakeConnection, statementId: string): JoinResult {
    const participants = [...this.present.values()].map((p) => this.presence(p));
    const me: Present = { statementId, connection, connectionId: connection.connectionId, selection: null };
    this.present.set(connection, me);
    this.broadcast(connection, (events) => events.presenceChanged(this.presence(me)));
    return { statementId, text: this.text, version: this.version, participants };
  }

  leave(connection: FakeConnection): void {
    this.disconnected(connection);
  }

  disconnected(connection: FakeConnection): void {
    const gone = this.present.get(connection);
    if (gone !== undefined) {
      this.present.delete(connection);
      this.broadcast(connection, (events) => events.presenceLeft({ statementId: gone.statementId, connectionId: gone.connectionId }));
    }
  }

  submit(connection: FakeConnection, request: SubmitRequest): SubmitResult {
    this.requireJoined(connection);
    const key = `${request.clientId}/${request.seq}`;
    const done = this.committed.get(key);
    if (done !== undefined) {
      return { version: done, duplicate: true };
    }
    this.submissions++;
    if (this.dropOnInsert !== null && request.op.includes(this.dropOnInsert)) {
      connection.drop();
      return { version: -1, duplicate: false };
    }
    if (this.refuseAllWith !== null) {
      throw new TransportError(this.refuseAllWith, `${this.refuseAllWith}: refused for the test.`);
    }
    if (this.network.random.chance(this.rateLimitChance)) {
      throw new TransportError('rate.limited', 'rate.limited: slow down and resend.');
    }
    if (this.refuseInsert !== null && request.op.includes(this.refuseInsert)) {
      this.refuseInsert = null;
      throw new TransportError(this.refuseCode, `${this.refuseCode}: refused for the test.`);
    }
    let op = request.op;
    for (const m of this.log.slice(request.baseVersion)) {
      op = textType.transform(op, m.op, 'right');
    }
    try {
      op = textType.resolve(this.text, op);
    } catch (e) {
      throw e instanceof InvalidOpError ? new TransportError(e.code, e.message) : e;
    }
    this.text = textType.apply(this.text, op);
    const message: OpMessage = { statementId: request.statementId, version: this.version + 1, op, clientId: request.clientId, seq: request.seq, author: connection.name };
    this.log.push(message);
    this.committed.set(key, message.version);
    for (const p of this.present.values()) {
      if (p.selection !== null) {
        p.selection = textType.transformSelection(p.selection, op);
      }
    }
    this.broadcast(null, (events) => events.opCommitted(message));
    return { version: message.version, duplicate: false };
  }

  catchUp(statementId: string, version: number): CatchUpResult {
    return { statementId, version: this.version, ops: this.log.slice(version) };
  }

  updatePresence(connection: FakeConnection, update: PresenceUpdate): void {
    const me = this.requireJoined(connection);
    let selection = update.selection;
    for (const m of this.log.slice(update.version)) {
      selection = selection === null ? null : textType.transformSelection(selection, m.op);
    }
    me.selection = selection;
    this.broadcast(connection, (events) => events.presenceChanged(this.presence(me)));
  }

  private requireJoined(connection: FakeConnection): Present {
    const me = this.present.get(connection);
    if (me === undefined) {
      throw new TransportError('statement.not_joined', 'Join the statement first.');
    }
    return me;
  }

  private presence(p: Present): PresenceMessage {
    return {
      statementId: p.statementId,
      connectionId: p.connectionId,
      personId: p.connection.name,
      name: p.connection.name,
      organisation: 'Org ' + p.connection.name,
      selection: p.selection,
      version: this.version,
    };
  }

  private broadcast(except: FakeConnection | null, deliver: (events: TransportEvents) => void): void {
    for (const p of this.present.values()) {
      if (p.connection !== except) {
        p.connection.push(deliver);
      }
    }
  }
}
