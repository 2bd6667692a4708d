import { describe, expect, it } from 'vitest';
import { ApiError, PROBLEM_TYPES, parseRetryAfter, problemMessage, waitInWords } from './problem';
import { Session } from './session';

describe('Retry-After', () => {
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter('Sun, 29 Nov 2026 12:01:30 GMT', Date.parse('2026-11-29T12:00:00Z'))).toBe(90);
    expect(parseRetryAfter('Sun, 29 Nov 2026 11:00:00 GMT', Date.parse('2026-11-29T12:00:00Z'))).toBe(0);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it('is said in words a person reads, rounded up', () => {
    expect(waitInWords(1)).toBe('in 1 second');
    expect(waitInWords(45)).toBe('in 45 seconds');
    expect(waitInWords(60)).toBe('in 1 minute');
    expect(waitInWords(61)).toBe('in 2 minutes');
    expect(waitInWords(7200)).toBe('in about 2 hours');
    expect(waitInWords(0)).toBe('in 1 second');
  });

  it('turns a 429 into when to try again', () => {
    expect(problemMessage(429, { detail: 'Too many requests.' }, 300)).toBe(
      'Too many requests. Try again in 5 minutes.',
    );
    expect(problemMessage(429, {})).toBe('Too many requests. Wait a moment and try again.');
  });
});

describe('problem types', () => {
  it('are recognised by their type, not their words', () => {
    const e = new ApiError(403, { type: PROBLEM_TYPES.emailNotVerified, detail: 'Verify your email address first.' });
    expect(e.is(PROBLEM_TYPES.emailNotVerified)).toBe(true);
    expect(new ApiError(403, { detail: 'Verify your email address first.' }).is(PROBLEM_TYPES.emailNotVerified)).toBe(
      false,
    );
  });

  it('name the new fields of the identity requests', () => {
    expect(
      problemMessage(400, { errors: [{ field: 'newEmail', message: 'must be a well-formed email address' }] }),
    ).toBe('New email must be a well-formed email address.');
  });
});

describe("the access token's claims", () => {
  const storage = new Map<string, string>();
  const session = new Session({
    storage: {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    },
    fetch: (() => Promise.reject(new Error('offline'))) as typeof fetch,
    now: () => 0,
    withLock: (_n, fn) => fn(),
  });
  const b64url = (s: string) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(s)))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');

  it('are read from the payload (base64url, UTF-8), and are null when signed out or unreadable', () => {
    expect(session.claims()).toBeNull();
    session.store({
      accessToken: `h.${b64url(JSON.stringify({ email_verified: true, name: 'Zoë ~?>' }))}.s`,
      refreshToken: 'r',
      tokenType: 'Bearer',
      expiresIn: 60,
    });
    expect(session.claims()).toEqual({ email_verified: true, name: 'Zoë ~?>' });
    session.store({ accessToken: 'not-a-jwt', refreshToken: 'r', tokenType: 'Bearer', expiresIn: 60 });
    expect(session.claims()).toBeNull();
  });
});
