import { describe, expect, it, vi } from 'vitest';
import { Session, SessionExpiredError } from './session';
import { problemMessage } from './problem';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function setup(handler: (req: Request) => Response | Promise<Response>, now = 1_000_000) {
  const storage = memoryStorage();
  const calls: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(new URL(String(input), 'http://ordo.test'), init);
    calls.push(req);
    return handler(req);
  });
  const clock = { now };
  const session = new Session({
    storage,
    fetch: fetch as typeof globalThis.fetch,
    now: () => clock.now,
    withLock: (_n, fn) => fn(),
  });
  return { session, calls, clock, storage };
}

const req = (path: string) => new Request(`http://ordo.test${path}`);
let issued = 0;
const pair = () => ({
  accessToken: `access-${++issued}`,
  refreshToken: `refresh-${issued}`,
  tokenType: 'Bearer',
  expiresIn: 900,
});

describe('session', () => {
  it('sends the bearer token and does not refresh a fresh one', async () => {
    const { session, calls } = setup(() => json(200, {}));
    session.store({ accessToken: 'a1', refreshToken: 'r1', tokenType: 'Bearer', expiresIn: 900 });
    await session.authorisedFetch(req('/api/v1/users/me'));
    expect(calls.map((c) => [c.url, c.headers.get('Authorization')])).toEqual([
      ['http://ordo.test/api/v1/users/me', 'Bearer a1'],
    ]);
  });

  it('refreshes silently before a nearly expired token is used, once for concurrent requests', async () => {
    const { session, calls, clock } = setup((r) =>
      r.url.endsWith('/auth/refresh') ? json(200, pair()) : json(200, {}),
    );
    session.store({ accessToken: 'old', refreshToken: 'r-old', tokenType: 'Bearer', expiresIn: 60 });
    clock.now += 45_000; // 15 s left: inside the margin
    await Promise.all([session.authorisedFetch(req('/a')), session.authorisedFetch(req('/b'))]);
    const refreshes = calls.filter((c) => c.url.endsWith('/auth/refresh'));
    expect(refreshes).toHaveLength(1);
    expect(calls.filter((c) => !c.url.endsWith('/auth/refresh')).map((c) => c.headers.get('Authorization'))).toEqual([
      `Bearer access-${issued}`,
      `Bearer access-${issued}`,
    ]);
  });

  it('answers a 401 with one refresh and a retry carrying the same body', async () => {
    let first = true;
    const { session, calls } = setup(async (r) => {
      if (r.url.endsWith('/auth/refresh')) return json(200, pair());
      if (first) {
        first = false;
        return json(401, {});
      }
      return json(201, { echoed: await r.text() });
    });
    session.store({ accessToken: 'revoked', refreshToken: 'r', tokenType: 'Bearer', expiresIn: 900 });
    const res = await session.authorisedFetch(
      new Request('http://ordo.test/api/v1/tasks', { method: 'POST', body: '{"title":"x"}' }),
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ echoed: '{"title":"x"}' });
    expect(calls.map((c) => new URL(c.url).pathname)).toEqual([
      '/api/v1/tasks',
      '/api/v1/auth/refresh',
      '/api/v1/tasks',
    ]);
  });

  it('signs out when the refresh token is no longer accepted (a revoked session)', async () => {
    const { session } = setup((r) =>
      r.url.endsWith('/auth/refresh') ? json(401, { detail: 'revoked' }) : json(401, {}),
    );
    const changes: boolean[] = [];
    session.onChange((s) => changes.push(s));
    session.store({ accessToken: 'a', refreshToken: 'r', tokenType: 'Bearer', expiresIn: 900 });
    await expect(session.authorisedFetch(req('/api/v1/users/me'))).rejects.toBeInstanceOf(SessionExpiredError);
    expect(session.signedIn()).toBe(false);
    expect(changes).toEqual([true, false]);
  });

  it('uses the pair another tab stored while this one waited, instead of spending a stale refresh token', async () => {
    const { session, calls, storage } = setup(() => json(200, {}));
    session.store({ accessToken: 'mine', refreshToken: 'r1', tokenType: 'Bearer', expiresIn: 900 });
    storage.setItem(
      'ordo.session',
      JSON.stringify({ accessToken: 'from-other-tab', refreshToken: 'r2', expiresAt: 9e15 }),
    );
    const renewed = await session.refresh('mine');
    expect(renewed?.accessToken).toBe('from-other-tab');
    expect(calls).toHaveLength(0);
  });
});

describe('problem messages', () => {
  it('names the fields of a validation problem', () => {
    expect(
      problemMessage(400, {
        errors: [
          { field: 'email', message: 'must be a well-formed email address' },
          { field: 'newPassword', message: 'size must be between 8 and 128' },
        ],
      }),
    ).toBe('Email must be a well-formed email address. New password size must be between 8 and 128.');
  });
  it("shows the server's detail for client errors, and never a server error's internals", () => {
    expect(problemMessage(409, { detail: 'You already have a label named "x".' })).toBe(
      'You already have a label named "x".',
    );
    expect(problemMessage(500, { detail: 'NullPointerException', requestId: 'abcdef123456' })).toBe(
      'Something went wrong on our side (reference abcdef12). Please try again.',
    );
    expect(problemMessage(403, {})).toBe('You do not have permission to do that here.');
  });
});
