// The signed-in session: the token pair, kept in localStorage so every tab shares it, and the one place
// that talks to /auth/refresh. Refresh tokens are single-use (a spent one presented again revokes the whole
// session), so refreshes are serialised across tabs with a Web Lock, and a tab that waited re-reads the
// pair another tab may have stored meanwhile instead of spending its own stale one.
import type { TokenPair } from './types';

export type StoredSession = { accessToken: string; refreshToken: string; expiresAt: number };

export interface SessionDeps {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  fetch: typeof fetch;
  now: () => number;
  /** Runs fn while holding a lock shared by every tab (navigator.locks where there is one). */
  withLock: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
}

const KEY = 'ordo.session';
/** Refresh this long before the access token expires, so a request never leaves with a dying token. */
export const REFRESH_MARGIN_MS = 30_000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isStoredSession(value: unknown): value is StoredSession {
  return (
    isRecord(value) &&
    typeof value.accessToken === 'string' &&
    value.accessToken !== '' &&
    typeof value.refreshToken === 'string' &&
    value.refreshToken !== '' &&
    typeof value.expiresAt === 'number'
  );
}

function isTokenPair(value: unknown): value is TokenPair {
  return (
    isRecord(value) &&
    typeof value.accessToken === 'string' &&
    typeof value.refreshToken === 'string' &&
    typeof value.tokenType === 'string' &&
    typeof value.expiresIn === 'number'
  );
}

export class SessionExpiredError extends Error {
  constructor() {
    super('Your session has ended. Please sign in again.');
  }
}

export class Session {
  private refreshing: Promise<StoredSession | null> | null = null;
  /** Did the last session end by signing out here (rather than being refused)? */
  private signedOutHere = false;
  private readonly listeners = new Set<(signedIn: boolean) => void>();

  constructor(private readonly deps: SessionDeps) {}

  current(): StoredSession | null {
    const raw = this.deps.storage.getItem(KEY);
    if (!raw) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      return isStoredSession(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }

  signedIn(): boolean {
    return this.current() !== null;
  }

  /** The access token's claims, read without checking its signature (the server does that); null when signed out. */
  claims(): Record<string, unknown> | null {
    const token = this.current()?.accessToken;
    const payload = token?.split('.')[1];
    if (!payload) return null;
    try {
      const base64 = payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '=');
      return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))));
    } catch {
      return null;
    }
  }

  onChange(listener: (signedIn: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  store(pair: TokenPair): StoredSession {
    this.signedOutHere = false;
    const session = {
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken,
      expiresAt: this.deps.now() + pair.expiresIn * 1000,
    };
    this.deps.storage.setItem(KEY, JSON.stringify(session));
    this.listeners.forEach((l) => l(true));
    return session;
  }

  clear(): void {
    const had = this.current() !== null;
    this.deps.storage.removeItem(KEY);
    if (had) this.listeners.forEach((l) => l(false));
  }

  /** An access token good for at least REFRESH_MARGIN_MS, refreshing first when needed; null when signed out. */
  async accessToken(): Promise<string | null> {
    const session = this.current();
    if (!session) return null;
    if (session.expiresAt - this.deps.now() > REFRESH_MARGIN_MS) return session.accessToken;
    return (await this.refresh(session.accessToken))?.accessToken ?? null;
  }

  /**
   * Trades the refresh token for a new pair. `rejectedAccessToken` is the token that was found wanting: when
   * another tab (or an earlier call) already stored a different one, that one is used instead. Answers null,
   * and signs out, when the server no longer accepts the session.
   */
  refresh(rejectedAccessToken: string): Promise<StoredSession | null> {
    if (!this.refreshing) {
      this.refreshing = this.deps
        .withLock('ordo-refresh', () => this.refreshUnderLock(rejectedAccessToken))
        .finally(() => {
          this.refreshing = null;
        });
    }
    return this.refreshing;
  }

  private async refreshUnderLock(rejectedAccessToken: string): Promise<StoredSession | null> {
    const stored = this.current();
    if (!stored) return null;
    if (stored.accessToken !== rejectedAccessToken && stored.expiresAt - this.deps.now() > REFRESH_MARGIN_MS) {
      return stored; // another tab refreshed while we waited for the lock
    }
    let response: Response;
    try {
      response = await this.deps.fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken: stored.refreshToken }),
      });
    } catch {
      return stored; // offline: keep the session, the request fails on its own
    }
    if (response.status === 401 || response.status === 400) {
      this.clear();
      return null;
    }
    if (!response.ok) return stored;
    const pair: unknown = await response.json();
    return isTokenPair(pair) ? this.store(pair) : stored;
  }

  /** fetch with the bearer token; a 401 gets one refresh and one retry, and a second 401 signs out. */
  async authorisedFetch(input: Request): Promise<Response> {
    const retry = input.clone();
    const token = await this.accessToken();
    const first = await this.deps.fetch(withBearer(input, token));
    if (first.status !== 401 || token === null) return first;
    const renewed = await this.refresh(token);
    if (!renewed) throw new SessionExpiredError();
    const second = await this.deps.fetch(withBearer(retry, renewed.accessToken));
    if (second.status === 401) {
      this.clear();
      throw new SessionExpiredError();
    }
    return second;
  }

  /** True when the session ended because this tab signed out, false when the server refused it (or none yet). */
  endedBySignOut(): boolean {
    return this.signedOutHere;
  }

  async signOut(): Promise<void> {
    const stored = this.current();
    this.signedOutHere = true;
    this.clear();
    if (stored) {
      await this.deps
        .fetch('/api/v1/auth/logout', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ refreshToken: stored.refreshToken }),
        })
        .catch(() => undefined);
    }
  }
}

function withBearer(request: Request, token: string | null): Request {
  if (!token) return request;
  const headers = new Headers(request.headers);
  headers.set('Authorization', `Bearer ${token}`);
  return new Request(request, { headers });
}

export function browserSession(): Session {
  return new Session({
    storage: window.localStorage,
    fetch: (...args) => window.fetch(...args),
    now: () => Date.now(),
    withLock: (name, fn) => (navigator.locks ? (navigator.locks.request(name, fn) as ReturnType<typeof fn>) : fn()),
  });
}
