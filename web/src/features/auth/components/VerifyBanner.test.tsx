// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { accessToken, json, noContent, renderApp, signIn, user } from '../../../test/app';

const banner = () => screen.queryByRole('region', { name: 'Email verification' });

describe('the banner of an unverified account', () => {
  it('names the address the link went to, and Resend sends a new one', async () => {
    signIn();
    const { calls } = renderApp('/today', (_m, path) =>
      path === '/api/v1/auth/resend-verification' ? noContent() : undefined,
    );
    await screen.findByText(/we sent a link to ada@example.com/);
    fireEvent.click(screen.getByRole('button', { name: 'Resend' }));
    await screen.findByText('A new link is on its way.');
    expect(calls.filter((c) => c.path === '/api/v1/auth/resend-verification').map((c) => c.method)).toEqual(['POST']);
  });

  it('says in words when Resend may be asked again after a 429', async () => {
    signIn();
    renderApp('/today', (_m, path) =>
      path === '/api/v1/auth/resend-verification'
        ? json(
            429,
            { status: 429, title: 'Too Many Requests', detail: 'Too many requests.' },
            { 'Retry-After': '3600' },
          )
        : undefined,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Resend' }));
    await screen.findByText('A link was sent a moment ago. You can ask for another in about 1 hour.');
    expect(banner()).not.toBeNull();
  });

  it('goes away when the server says the address is verified already (409), with the session renewed', async () => {
    signIn({ sub: 'u1', email_verified: false });
    let verified = false;
    const { calls } = renderApp('/today', (method, path) => {
      if (path === '/api/v1/auth/resend-verification') {
        verified = true;
        return json(409, { status: 409, detail: 'Your email address is already verified.' });
      }
      if (path === '/api/v1/auth/refresh')
        return json(200, {
          accessToken: accessToken({ sub: 'u1', email_verified: true }),
          refreshToken: 'r2',
          tokenType: 'Bearer',
          expiresIn: 900,
        });
      if (method === 'GET' && path === '/api/v1/users/me') return json(200, user({ emailVerified: verified }));
      return undefined;
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Resend' }));
    await waitFor(() => expect(banner()).toBeNull());
    expect(calls.some((c) => c.path === '/api/v1/auth/refresh')).toBe(true);
  });

  it('is not shown to a verified account, whose stale token (verified elsewhere) is renewed', async () => {
    signIn({ sub: 'u1', email_verified: false });
    const { calls } = renderApp('/today', (method, path) => {
      if (method === 'GET' && path === '/api/v1/users/me') return json(200, user({ emailVerified: true }));
      if (path === '/api/v1/auth/refresh')
        return json(200, {
          accessToken: accessToken({ sub: 'u1', email_verified: true }),
          refreshToken: 'r2',
          tokenType: 'Bearer',
          expiresIn: 900,
        });
      return undefined;
    });
    await screen.findByRole('heading', { name: 'Today', level: 1 });
    await waitFor(() => expect(calls.filter((c) => c.path === '/api/v1/auth/refresh')).toHaveLength(1));
    expect(banner()).toBeNull();
  });
});
