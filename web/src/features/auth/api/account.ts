// The account: signing in and out, the profile (me), and email ownership — the pages the mailed links open,
// resending the verification mail, and resetting a forgotten password.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { done, http, session, unwrap } from '../../../api/client';
import { ApiError, PROBLEM_TYPES, waitInWords } from '../../../api/problem';

export const accountKeys = {
  me: ['me'] as const,
};

export const useMe = () =>
  useQuery({ queryKey: accountKeys.me, queryFn: () => unwrap(http.GET('/api/v1/users/me')), staleTime: 60_000 });

const subscribe = (onChange: () => void) => {
  const off = session.onChange(onChange);
  window.addEventListener('storage', onChange);
  return () => {
    off();
    window.removeEventListener('storage', onChange);
  };
};

/** Is there a session (in this tab or another)? Changes when one starts or ends. */
export function useSignedIn(): boolean {
  return useSyncExternalStore(subscribe, () => session.signedIn());
}

async function signIn(email: string, password: string): Promise<void> {
  session.store(await unwrap(http.POST('/api/v1/auth/login', { body: { email, password } })));
}

export const useSignIn = () =>
  useMutation({ mutationFn: ({ email, password }: { email: string; password: string }) => signIn(email, password) });

export const useSignUp = () =>
  useMutation({
    mutationFn: async ({ name, email, password }: { name: string; email: string; password: string }) => {
      await unwrap(http.POST('/api/v1/auth/register', { body: { name, email, password } }));
      await signIn(email, password);
    },
  });

/**
 * Signing out: the session is gone locally at once (signOut clears it before it calls logout), and the app's
 * gate goes to sign in; navigating after logout answered would replace a page opened meanwhile (forgot password).
 */
export function useSignOut() {
  const client = useQueryClient();
  return () => {
    void session.signOut();
    client.clear();
  };
}

export const useRequestPasswordReset = () =>
  useMutation({
    mutationFn: (email: string) => done(http.POST('/api/v1/auth/password-reset', { body: { email } })),
  });

export function useResetPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ token, newPassword }: { token: string; newPassword: string }) =>
      done(http.POST('/api/v1/auth/password-reset/confirm', { body: { token, newPassword } })),
    onSuccess: () => {
      // Every session of the account has just been ended, this tab's too.
      session.clear();
      client.clear();
    },
  });
}

const verifyEmail = (token: string) => done(http.POST('/api/v1/auth/verify-email', { body: { token } }));
const confirmEmailChange = (token: string) => done(http.POST('/api/v1/auth/email-change/confirm', { body: { token } }));

/** The verify-email link: its token posted once; signed in, the session and profile are renewed after. */
export function useVerifyEmailLink(token: string | null): LinkState {
  const refresh = useAccountRefresh();
  return useTokenLink('verify-email', token, verifyEmail, refresh);
}

/** The confirm-email link (sent to the new address): the change confirmed once, then the profile renewed. */
export function useConfirmEmailLink(token: string | null): LinkState {
  const refresh = useAccountRefresh();
  return useTokenLink('confirm-email', token, confirmEmailChange, refresh);
}

// A link's token is single-use: posting it twice (React's StrictMode runs effects twice in development, a
// remount may run them again) would answer the second call "already used" and show a failure for a success.
const posted = new Map<string, Promise<unknown>>();

export function postOnce(key: string, post: () => Promise<unknown>): Promise<unknown> {
  let call = posted.get(key);
  if (!call) {
    call = post();
    posted.set(key, call);
  }
  return call;
}

export type LinkState = { state: 'working' } | { state: 'done' } | { state: 'failed'; status: number; message: string };

/**
 * Uses the token of a mailed link once, on arrival. `kind` names the link (verify-email, confirm-email), so one
 * token is never posted twice for the same purpose; `after` runs on success (refresh the session, the profile).
 */
function useTokenLink(
  kind: string,
  token: string | null,
  use: (token: string) => Promise<unknown>,
  after?: () => Promise<unknown>,
): LinkState {
  const [state, setState] = useState<LinkState>(token ? { state: 'working' } : missingToken);
  useEffect(() => {
    if (!token) return;
    let live = true;
    postOnce(`${kind}:${token}`, () => use(token).then(() => after?.().catch(() => undefined)))
      .then(() => live && setState({ state: 'done' }))
      .catch((e: unknown) => live && setState(failure(e)));
    return () => {
      live = false;
    };
    // Once per link (kind and token): `use` and `after` are new functions on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind, token]);
  return state;
}

const missingToken: LinkState = {
  state: 'failed',
  status: 400,
  message: 'This link is incomplete. Open it again from the mail, or copy the whole address.',
};

function failure(e: unknown): LinkState {
  if (e instanceof ApiError) return { state: 'failed', status: e.status, message: e.message };
  return { state: 'failed', status: 0, message: e instanceof Error ? e.message : String(e) };
}

/**
 * After the account's email or its verification changed: new claims in the access token (the refresh token is
 * traded for a new pair now), then everything read again, since what the services show may depend on them.
 */
export function useAccountRefresh() {
  const client = useQueryClient();
  return async () => {
    const current = session.current();
    if (!current) return;
    await session.refresh(current.accessToken);
    await client.invalidateQueries();
  };
}

export type ResendState =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'sent' }
  | { state: 'verified' }
  | { state: 'failed'; message: string };

/** "Resend" of the verification mail: a 429 says when to ask again, a 409 means the address is verified already. */
export function useResendVerification() {
  const refresh = useAccountRefresh();
  const resend = useMutation({
    mutationFn: () => done(http.POST('/api/v1/auth/resend-verification')),
    onError: async (e) => {
      if (e instanceof ApiError && e.status === 409) await refresh();
    },
  });
  const state: ResendState = resend.isPending
    ? { state: 'sending' }
    : resend.isSuccess
      ? { state: 'sent' }
      : resend.isError
        ? resendFailure(resend.error)
        : { state: 'idle' };
  return { ...state, send: () => resend.mutate() };
}

export function resendFailure(e: unknown): ResendState {
  if (e instanceof ApiError && e.status === 409) return { state: 'verified' };
  if (e instanceof ApiError && e.status === 429) {
    return {
      state: 'failed',
      message:
        e.retryAfter === undefined
          ? 'A link was sent a moment ago. Wait a little before asking for another.'
          : `A link was sent a moment ago. You can ask for another ${waitInWords(e.retryAfter)}.`,
    };
  }
  return { state: 'failed', message: e instanceof Error ? e.message : String(e) };
}

/** Is this the answer of an account that has not proved its email address yet? */
export const isEmailNotVerified = (e: unknown): boolean =>
  e instanceof ApiError && e.status === 403 && e.is(PROBLEM_TYPES.emailNotVerified);
