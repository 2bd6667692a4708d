// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { currentLocation, renderApp, signIn } from '../test/app';

describe('signing out', () => {
  it('goes to sign in at once, without the session-ended notice, while logout is still on its way', async () => {
    signIn();
    const { calls } = renderApp('/today', (_m, path) =>
      path === '/api/v1/auth/logout' ? (new Promise<never>(() => undefined) as never) : undefined,
    );
    fireEvent.click(await screen.findByRole('button', { name: /^Sign out/ }));
    await screen.findByRole('heading', { name: 'Sign in to Ordo' });
    expect(currentLocation()).toBe('/sign-in');
    expect(screen.queryByText(/Your session has ended/)).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'Forgot password?' }));
    await waitFor(() => expect(currentLocation()).toBe('/forgot-password'));
    expect(calls.filter((c) => c.path === '/api/v1/auth/logout')).toHaveLength(1);
  });
});
