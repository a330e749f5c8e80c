import { api, type Me } from '../api';

type Listener = (me: Me | null) => void;

/** Who is signed in in this page, as the server last said; the header and the pages follow its changes. */
class CurrentPerson {
  private me: Me | null = null;
  private known = false;
  private loading: Promise<Me | null> | null = null;
  private readonly listeners = new Set<Listener>();

  /** The signed-in person, or null; asks the server the first time only. */
  get(): Promise<Me | null> {
    if (this.known) {
      return Promise.resolve(this.me);
    }
    this.loading ??= api.me().then(
      (me) => {
        this.set(me);
        return me;
      },
      (e: unknown) => {
        this.loading = null;
        throw e;
      },
    );
    return this.loading;
  }

  /** The person as last known, without asking. */
  get now(): Me | null {
    return this.me;
  }

  set(me: Me | null): void {
    this.me = me;
    this.known = true;
    this.loading = null;
    this.listeners.forEach((l) => l(me));
  }

  /** Forgets the person so that the next {@link get} asks the server again. */
  forget(): void {
    this.set(null);
    this.known = false;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const currentPerson = new CurrentPerson();
