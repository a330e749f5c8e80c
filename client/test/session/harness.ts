import { textType, type Selection, type TextOp } from '../../src/ot';
import { DraftSession, type Peer } from '../../src/session/draftSession';
import type { FakeConnection, FakeNetwork } from './fakeNetwork';

/** Lets every promise continuation that is ready run, as the event loop would between two network messages. */
export const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A client as an editor sees it: the session, its connection, and the document the editor shows. */
export class Client {
  readonly connection: FakeConnection;
  readonly session: DraftSession;
  /** The editor's document, kept only from what the session tells it. */
  shown = '';
  peers: readonly Peer[] = [];
  readonly errors: string[] = [];
  /** Codes the session stopped with. */
  readonly stops: string[] = [];
  /** Texts the session set aside, with their codes. */
  readonly setAside: Array<{ text: string; code: string }> = [];
  /** The delays the session asked its timers for. */
  readonly delays: number[] = [];

  constructor(network: FakeNetwork, name: string, statementId = 's') {
    this.connection = network.connect(name);
    this.session = new DraftSession(
      this.connection,
      statementId,
      {
        reset: (text) => (this.shown = text),
        remoteOp: (op) => (this.shown = textType.apply(this.shown, op)),
        peersChanged: (peers) => (this.peers = peers),
        error: (code) => this.errors.push(code),
        stopped: (code) => this.stops.push(code),
        setAside: (text, code) => this.setAside.push({ text, code }),
      },
      name,
      (action, delayMs) => {
        this.delays.push(delayMs);
        this.connection.later(action);
      },
    );
  }

  /** Types an op into the editor. */
  edit(op: TextOp): void {
    this.shown = textType.apply(this.shown, op);
    this.session.edit(op);
  }

  select(selection: Selection): void {
    this.session.select(selection);
  }

  /** What this client shows of `other`'s selection. */
  seen(other: Client): Selection | null | undefined {
    return this.peers.find((p) => p.connectionId === other.connection.connectionId)?.selection;
  }
}

/** Delivers messages until nothing is on its way, or fails after `maxSteps`. */
export async function deliverAll(network: FakeNetwork, maxSteps = 100_000): Promise<void> {
  await tick();
  for (let i = 0; i < maxSteps; i++) {
    if (!network.step()) {
      await tick();
      if (network.idle) {
        return;
      }
    }
    await tick();
  }
  throw new Error(`The network did not settle in ${maxSteps} steps.`);
}
