/**
 * The one wrapper around `fetch` for the REST API. It sends the session cookie, adds the anti-forgery token to
 * every state-changing request, reads refusals as Problem Details with their stable code, and reports a lost
 * session (401 `auth.required`) so the client can ask the person to sign in again.
 */

/** A refusal from the REST API (RFC 9457 Problem Details), with its stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
    /** Seconds to wait before trying again, when the server said (`Retry-After`). */
    readonly retryAfterSeconds: number | null = null,
    /** The Problem Details' other members (e.g. the organisations a refused round names). */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The header the server reads the anti-forgery token from (docs/accounts.md). */
export const CsrfHeader = 'X-CSRF-TOKEN';

const AuthRequired = 'auth.required';
const AntiforgeryInvalid = 'antiforgery.invalid';
const SafeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RequestOptions {
  /**
   * For calls that work signed out too (who am I, sign-in, setup, accepting an invitation): a 401 is the
   * answer, not a lost session, so nobody is sent to the sign-in page.
   */
  signedOutIsAnswer?: boolean;
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export class HttpApi {
  private csrfToken: string | null = null;
  private csrfLoading: Promise<string> | null = null;
  private readonly signInListeners = new Set<() => void>();

  constructor(private readonly fetcher: Fetch) {}

  /** Calls `listener` whenever a request finds the session gone; returns the way to stop. */
  onSignInRequired(listener: () => void): () => void {
    this.signInListeners.add(listener);
    return () => this.signInListeners.delete(listener);
  }

  /** Reports a session found gone (by a REST call or by the hub refusing to connect). */
  signedOut(): void {
    this.forgetCsrfToken();
    this.signInListeners.forEach((l) => l());
  }

  /** Keeps the anti-forgery token that sign-in, password change and invitation acceptance answer with. */
  useCsrfToken(token: string): void {
    this.csrfToken = token === '' ? null : token;
  }

  /** Drops the anti-forgery token: it is bound to the person, so it goes with them at sign-out. */
  forgetCsrfToken(): void {
    this.csrfToken = null;
    this.csrfLoading = null;
  }

  async request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    const unsafe = !SafeMethods.has(method);
    const hadToken = this.csrfToken !== null;
    let response = await this.send(method, path, body, unsafe ? await this.csrf() : null);
    if (unsafe && response.status === 400) {
      // A token kept from before (another tab signed in again, the session was renewed) is fetched anew once.
      const problem = await readProblem(response.clone());
      if (problem.code === AntiforgeryInvalid && hadToken) {
        this.forgetCsrfToken();
        response = await this.send(method, path, body, await this.csrf());
      }
    }
    if (!response.ok) {
      const error = await toError(response);
      if (error.status === 401 && error.code === AuthRequired) {
        this.forgetCsrfToken();
        if (!options.signedOutIsAnswer) {
          this.signedOut();
        }
      }
      throw error;
    }
    if (response.status === 204) {
      return undefined as T;
    }
    return (await response.json()) as T;
  }

  private async send(method: string, path: string, body: unknown, csrf: string | null): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const init: RequestInit = { method, headers, credentials: 'same-origin' };
    if (body instanceof FormData) {
      // The browser writes the multipart content type with its boundary.
      init.body = body;
    } else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    if (csrf !== null) {
      headers[CsrfHeader] = csrf;
    }
    try {
      return await this.fetcher(path, init);
    } catch {
      throw new ApiError(0, null, 'The server cannot be reached.');
    }
  }

  /** The anti-forgery token, asked for once when the page was loaded with a session already open. */
  private csrf(): Promise<string> {
    if (this.csrfToken !== null) {
      return Promise.resolve(this.csrfToken);
    }
    this.csrfLoading ??= this.send('GET', '/api/auth/antiforgery', undefined, null)
      .then(async (response) => {
        if (!response.ok) {
          throw await toError(response);
        }
        const { token } = (await response.json()) as { token: string };
        this.csrfToken = token;
        return token;
      })
      .finally(() => (this.csrfLoading = null));
    return this.csrfLoading;
  }
}

interface Problem {
  code?: string;
  title?: string;
  detail?: string;
  [extension: string]: unknown;
}

async function readProblem(response: Response): Promise<Problem> {
  return (await response.json().catch(() => ({}))) as Problem;
}

async function toError(response: Response): Promise<ApiError> {
  const problem = await readProblem(response);
  const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
  return new ApiError(
    response.status,
    problem.code ?? null,
    problem.detail ?? problem.title ?? response.statusText,
    Number.isFinite(retryAfter) ? retryAfter : null,
    problem,
  );
}
