import { describe, expect, it } from 'vitest';
import type { DraftHub } from '../../src/api';
import { LiveStatement, type LiveChange } from '../../src/review/liveStatement';
import type { TransportEvents } from '../../src/session/transport';

/** The part of the hub a LiveStatement uses, driven by the test. */
class FakeHub {
  readonly handlers = new Map<string, Set<(m: unknown) => void>>();
  readonly listeners = new Set<TransportEvents>();
  joins = 0;
  refuseJoin = false;

  on(method: string, handler: (m: unknown) => void): () => void {
    const set = this.handlers.get(method) ?? new Set();
    set.add(handler);
    this.handlers.set(method, set);
    return () => set.delete(handler);
  }

  listen(events: TransportEvents): () => void {
    this.listeners.add(events);
    return () => this.listeners.delete(events);
  }

  async join(): Promise<unknown> {
    this.joins++;
    if (this.refuseJoin) {
      throw new Error('down');
    }
    return {};
  }

  async leave(): Promise<void> {}

  send(method: string, message: unknown): void {
    this.handlers.get(method)?.forEach((h) => h(message));
  }
}

function follow(hub: FakeHub) {
  const changes: LiveChange[] = [];
  const online: boolean[] = [];
  const live = new LiveStatement(hub as unknown as DraftHub, 's1', (why) => changes.push(why), (o) => online.push(o));
  return { live, changes, online };
}

describe('following a statement live', () => {
  it('reports the sign-off broadcasts and committed ops of its statement only', async () => {
    const hub = new FakeHub();
    const { live, changes, online } = follow(hub);
    await live.start();
    hub.send('DecisionMade', { statementId: 's1' });
    hub.send('RoundChanged', { statementId: 's1' });
    hub.send('LifecycleChanged', { statementId: 'other' });
    hub.listeners.forEach((l) => l.opCommitted({ statementId: 's1', version: 3, op: [], clientId: 'c', seq: 1, author: 'a' }));
    expect(changes).toEqual(['decision', 'round', 'text']);
    expect(online).toEqual([true]);
  });

  it('joins again after a reconnect and asks for a fresh read, and says when it is offline', async () => {
    const hub = new FakeHub();
    const { live, changes, online } = follow(hub);
    await live.start();
    hub.listeners.forEach((l) => l.disconnected());
    hub.listeners.forEach((l) => l.reconnected());
    await Promise.resolve();
    await Promise.resolve();
    expect(hub.joins).toBe(2);
    expect(changes).toEqual(['reconnected']);
    expect(online).toEqual([true, false, true]);
  });

  it('stops reporting once stopped', async () => {
    const hub = new FakeHub();
    const { live, changes } = follow(hub);
    await live.start();
    live.stop();
    hub.send('DecisionMade', { statementId: 's1' });
    expect(changes).toEqual([]);
    expect(hub.listeners.size).toBe(0);
  });
});
