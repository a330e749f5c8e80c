import { describe, expect, it } from 'vitest';
import { codePoints } from '../../src/ot';
import { Random } from '../support/random';
import { randomOp } from '../support/texts';
import { FakeNetwork } from './fakeNetwork';
import { Client, deliverAll, tick } from './harness';
import { MaxLossesPerOp, MaxRetryDelayMs, RetryDelayMs } from '../../src/session/draftSession';
import { SendKeepsFailing, UnknownRefusal } from '../../src/session/transport';

async function joined(network: FakeNetwork, ...names: string[]): Promise<Client[]> {
  const clients = names.map((name) => new Client(network, name));
  clients.forEach((c) => void c.session.start());
  await deliverAll(network);
  return clients;
}

describe('a session with one other client', () => {
  it('loads the text and version on joining', async () => {
    const network = new FakeNetwork(new Random(1));
    network.server.text = 'Dear Commissioners';
    const [ana] = await joined(network, 'ana');
    expect(ana.session.state).toBe('live');
    expect(ana.shown).toBe('Dear Commissioners');
    expect(ana.session.version).toBe(0);
  });

  it('takes the echo of its own op as the acknowledgement', async () => {
    const network = new FakeNetwork(new Random(2));
    const [ana, ben] = await joined(network, 'ana', 'ben');
    ana.edit(['We ask']);
    expect(ana.session.settled).toBe(false);
    await deliverAll(network);
    expect(ana.session.settled).toBe(true);
    expect(ana.session.version).toBe(1);
    expect(ben.shown).toBe('We ask');
  });

  it('keeps one op in flight and composes later edits into one pending op', async () => {
    const network = new FakeNetwork(new Random(3));
    const [ana] = await joined(network, 'ana');
    ana.edit(['a']);
    ana.edit([1, 'b']);
    ana.edit([2, 'c']);
    await deliverAll(network);
    expect(network.server.log.map((m) => m.op)).toEqual([['a'], [1, 'bc']]);
    expect(network.server.text).toBe('abc');
  });

  it('puts the text committed first before text typed at the same place', async () => {
    const network = new FakeNetwork(new Random(4));
    network.server.text = 'ab';
    const [ana, ben] = await joined(network, 'ana', 'ben');
    ana.edit([1, 'X']);
    ben.edit([1, 'Y']);
    await deliverAll(network);
    const first = network.server.log[0].clientId === 'ana' ? 'X' : 'Y';
    const expected = first === 'X' ? 'aXYb' : 'aYXb';
    expect([ana.shown, ben.shown, network.server.text]).toEqual([expected, expected, expected]);
  });

  it('holds an op that arrives early until the ops before it are in, and drops one it already has', async () => {
    const network = new FakeNetwork(new Random(5));
    const [ben] = await joined(network, 'ben');
    const ops = [['one '], [4, 'two '], [8, 'three ']];
    const messages = ops.map((op, i) => ({ statementId: 's', version: i + 1, op, clientId: 'zoe', seq: i, author: 'zoe' }));
    for (const i of [2, 0, 1, 0]) {
      ben.connection.push((events) => events.opCommitted(messages[i]));
    }
    network.step();
    await tick();
    expect(ben.shown).toBe('');
    await deliverAll(network);
    expect(ben.shown).toBe('one two three ');
    expect(ben.session.version).toBe(3);
  });

  it('resends the op in flight after a reconnect and it is committed once', async () => {
    const network = new FakeNetwork(new Random(6));
    const [ana, ben] = await joined(network, 'ana', 'ben');
    ana.edit(['once']);
    await tick();
    network.step();
    ana.connection.drop();
    await tick();
    expect(ana.session.state).toBe('offline');
    ana.edit([4, '!']);
    ana.connection.restore();
    await deliverAll(network);
    expect(network.server.text).toBe('once!');
    expect(ana.shown).toBe('once!');
    expect(ben.shown).toBe('once!');
    expect(ana.session.state).toBe('live');
  });

  it('catches up on what others wrote while it was away', async () => {
    const network = new FakeNetwork(new Random(7));
    const [ana, ben] = await joined(network, 'ana', 'ben');
    ana.connection.drop();
    ben.edit(['Ben was here. ']);
    await deliverAll(network);
    ana.edit(['Ana too.']);
    ana.connection.restore();
    await deliverAll(network);
    expect(ana.shown).toBe(network.server.text);
    expect(ben.shown).toBe(network.server.text);
    expect(network.server.text).toBe('Ben was here. Ana too.');
  });

  it('sends a submission again when asked to slow down', async () => {
    const network = new FakeNetwork(new Random(8));
    const [ana] = await joined(network, 'ana');
    network.server.rateLimitChance = 1;
    ana.edit(['slow']);
    for (let i = 0; i < 6; i++) {
      network.step();
      await tick();
    }
    expect(network.server.text).toBe('');
    network.server.rateLimitChance = 0;
    await deliverAll(network);
    expect(network.server.text).toBe('slow');
    expect(ana.errors).toEqual([]);
  });

  it('stops sending after a refusal, keeps what was typed on screen, and says why', async () => {
    const network = new FakeNetwork(new Random(9));
    network.server.text = 'kept';
    const [ana, ben] = await joined(network, 'ana', 'ben');
    network.server.refuseInsert = 'bad ';
    ana.edit(['bad ']);
    ana.edit([4, 'and more ']);
    await deliverAll(network);
    ben.edit([4, '!']);
    await deliverAll(network);

    expect(ana.stops).toEqual(['op.out_of_range']);
    expect(ana.session.state).toBe('stopped');
    expect(ana.shown).toBe('bad and more kept');
    expect(ana.session.text).toBe('bad and more kept');
    expect(network.server.submissions).toBe(2);
    expect(network.server.text).toBe('kept!');
    expect(() => ana.edit(['x'])).toThrow();
  });

  it('stops after a refusal that came without a code instead of resending it forever', async () => {
    const network = new FakeNetwork(new Random(10));
    const [ana] = await joined(network, 'ana');
    network.server.refuseInsert = 'paste';
    network.server.refuseCode = UnknownRefusal;
    ana.edit(['paste']);
    await deliverAll(network);

    expect(ana.stops).toEqual([UnknownRefusal]);
    expect(network.server.submissions).toBe(1);
    expect(ana.shown).toBe('paste');
  });

  it('stops resending an op whose every sending loses the connection', async () => {
    const network = new FakeNetwork(new Random(11));
    const [ana] = await joined(network, 'ana');
    network.server.dropOnInsert = 'huge';
    ana.edit(['huge']);
    for (let i = 0; i < MaxLossesPerOp + 2 && ana.session.state !== 'stopped'; i++) {
      await deliverAll(network);
      ana.connection.restore();
    }
    await deliverAll(network);

    expect(ana.stops).toEqual([SendKeepsFailing]);
    expect(network.server.submissions).toBe(MaxLossesPerOp);
    expect(ana.shown).toBe('huge');
  });

  it('keeps resending after a refusal asking to wait, waiting longer each time', async () => {
    const network = new FakeNetwork(new Random(12));
    const [ana] = await joined(network, 'ana');
    network.server.refuseAllWith = 'store.contention';
    ana.edit(['busy']);
    for (let i = 0; i < 40; i++) {
      network.step();
      await tick();
    }
    network.server.refuseAllWith = null;
    await deliverAll(network);

    expect(network.server.text).toBe('busy');
    expect(ana.stops).toEqual([]);
    expect(ana.delays.length).toBeGreaterThan(3);
    expect(ana.delays.slice(0, 4)).toEqual([RetryDelayMs, 2 * RetryDelayMs, 4 * RetryDelayMs, 8 * RetryDelayMs]);
    expect(Math.max(...ana.delays)).toBeLessThanOrEqual(MaxRetryDelayMs);
  });

  it('sets unsent typing aside when the role no longer allows editing, and shows the saved text again', async () => {
    const network = new FakeNetwork(new Random(13));
    network.server.text = 'Saved.';
    const [ana] = await joined(network, 'ana');
    network.server.refuseAllWith = 'access.forbidden';
    ana.edit([6, ' Unsent words.']);
    await deliverAll(network);

    expect(ana.setAside).toEqual([{ text: 'Saved. Unsent words.', code: 'access.forbidden' }]);
    expect(ana.shown).toBe('Saved.');
    expect(ana.session.state).toBe('live');
    expect(ana.stops).toEqual([]);
  });

  it('sets unsent typing aside when told of a role change before sending it', async () => {
    const network = new FakeNetwork(new Random(14));
    network.server.text = 'Saved.';
    const [ana] = await joined(network, 'ana');
    ana.edit([6, ' Typed.']);
    ana.session.setAsideUnsent();
    await deliverAll(network);

    expect(ana.setAside.map((s) => s.text)).toEqual(['Saved. Typed.']);
    expect(ana.session.settled).toBe(true);
    expect(ana.shown).toBe(network.server.text);
  });

  it("shows another's selection moved by text typed before it", async () => {
    const network = new FakeNetwork(new Random(10));
    network.server.text = 'We ask you to act.';
    const [ana, ben] = await joined(network, 'ana', 'ben');
    ana.select({ anchor: 3, head: 6 });
    await deliverAll(network);
    expect(ben.seen(ana)).toEqual({ anchor: 3, head: 6 });
    ben.edit(['Now ']);
    await deliverAll(network);
    expect(ben.seen(ana)).toEqual({ anchor: 7, head: 10 });
    expect(ana.session.selection).toEqual({ anchor: 7, head: 10 });
  });
});

describe('sessions under random typing and delivery', () => {
  const Seeds = [11, 12, 13, 14, 15, 16];

  async function simulate(seed: number, reorder: boolean, disconnects: boolean): Promise<{ clients: Client[]; network: FakeNetwork }> {
    const random = new Random(seed);
    const network = new FakeNetwork(random, reorder);
    network.server.text = 'Dear 😀 Commissioners,\n';
    network.server.rateLimitChance = 0.05;
    const clients = ['ana', 'ben', 'chloé'].map((name) => new Client(network, name));
    clients.forEach((c) => void c.session.start());
    for (let action = 0; action < 400; action++) {
      const client = random.pick(clients);
      const roll = random.next();
      if (roll < 0.55) {
        network.step();
      } else if (roll < 0.8) {
        if (client.session.loaded && client.session.state !== 'failed') {
          client.edit(randomOp(random, client.shown, false));
        }
      } else if (roll < 0.9) {
        const length = codePoints.count(client.shown);
        client.select({ anchor: random.int(length + 1), head: random.int(length + 1) });
      } else if (disconnects && roll < 0.95) {
        client.connection.drop();
      } else if (disconnects) {
        client.connection.restore();
      }
      await tick();
    }
    clients.forEach((c) => c.connection.restore());
    await deliverAll(network);
    return { clients, network };
  }

  function expectConverged(clients: Client[], network: FakeNetwork): void {
    for (const c of clients) {
      expect(c.errors, c.connection.name).toEqual([]);
      expect(c.session.settled, c.connection.name).toBe(true);
      expect(c.session.version, c.connection.name).toBe(network.server.version);
      expect(c.session.text, c.connection.name).toBe(network.server.text);
      expect(c.shown, c.connection.name).toBe(network.server.text);
    }
  }

  it.each(Seeds)('converge on the server text, delivered in order (seed %i)', async (seed) => {
    const { clients, network } = await simulate(seed, false, false);
    expectConverged(clients, network);
    expect(network.server.version).toBeGreaterThan(10);
  });

  it.each(Seeds)('converge with broadcasts overtaking each other (seed %i)', async (seed) => {
    const { clients, network } = await simulate(seed, true, false);
    expectConverged(clients, network);
  });

  it.each(Seeds)('converge through dropped connections and resends (seed %i)', async (seed) => {
    const { clients, network } = await simulate(seed, false, true);
    expectConverged(clients, network);
  });

  it.each(Seeds)("show everyone's last selection in the same place (seed %i)", async (seed) => {
    const { clients, network } = await simulate(seed, false, true);
    for (const viewer of clients) {
      for (const other of clients.filter((c) => c !== viewer)) {
        expect(viewer.seen(other) ?? null, `${viewer.connection.name} sees ${other.connection.name}`).toEqual(other.session.selection);
      }
    }
    expect(network.idle).toBe(true);
  });
});
