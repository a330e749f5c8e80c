import type { DraftHub } from '../api';

/** Why a page following a statement should read it again. */
export type LiveChange = 'lifecycle' | 'round' | 'decision' | 'text' | 'reconnected';

/** The hub messages of the sign-off area (docs/protocol.md), each meaning "read the sign-off state again". */
const SignOffMessages: ReadonlyArray<[string, LiveChange]> = [
  ['LifecycleChanged', 'lifecycle'],
  ['RoundChanged', 'round'],
  ['DecisionMade', 'decision'],
];

/**
 * Follows one statement on the hub without editing it: joins the statement's group (so its broadcasts arrive),
 * joins again after every reconnect, and calls `changed` for each broadcast of `messages` and after a reconnect
 * (something may have been missed while away). `online` reports whether broadcasts are arriving.
 */
export class LiveStatement {
  private readonly stops: Array<() => void> = [];
  private stopped = false;

  constructor(
    private readonly hub: DraftHub,
    private readonly statementId: string,
    private readonly changed: (why: LiveChange, message: unknown) => void,
    private readonly online: (live: boolean) => void = () => undefined,
    messages: ReadonlyArray<[string, LiveChange]> = SignOffMessages,
  ) {
    for (const [method, why] of messages) {
      this.stops.push(hub.on<{ statementId?: string }>(method, (m) => this.forMe(m) && changed(why, m)));
    }
    this.stops.push(
      hub.listen({
        opCommitted: (m) => this.forMe(m) && changed('text', m),
        presenceChanged: () => undefined,
        presenceLeft: () => undefined,
        disconnected: () => online(false),
        reconnected: () => void this.join(true),
      }),
    );
  }

  /** Joins the statement; a failed join is retried by the hub's own reconnecting. */
  start(): Promise<void> {
    return this.join(false);
  }

  stop(): void {
    this.stopped = true;
    this.stops.forEach((s) => s());
    void this.hub.leave(this.statementId).catch(() => undefined);
  }

  private forMe(message: { statementId?: string }): boolean {
    return !this.stopped && message.statementId === this.statementId;
  }

  private async join(again: boolean): Promise<void> {
    try {
      await this.hub.join(this.statementId);
    } catch {
      this.online(false);
      return;
    }
    if (!this.stopped) {
      this.online(true);
      if (again) {
        this.changed('reconnected', null);
      }
    }
  }
}
