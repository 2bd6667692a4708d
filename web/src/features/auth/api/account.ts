// Email ownership in the app: the pages the mailed links open, and resending the verification mail.
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, session } from '../api/client';
import { ApiError, PROBLEM_TYPES, waitInWords } from '../api/problem';
import { keys } from './queries';

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

export type LinkState =
  | { state: 'working' }
  | { state: 'done' }
  | { state: 'failed'; status: number; message: string };

/**
 * Uses the token of a mailed link once, on arrival. `kind` names the link (verify-email, confirm-email), so one
 * token is never posted twice for the same purpose; `after` runs on success (refresh the session, the profile).
 */
export function useTokenLink(kind: string, token: string | null, use: (token: string) => Promise<unknown>,
  after?: () => Promise<unknown>): LinkState {
  const [state, setState] = useState<LinkState>(token ? { state: 'working' } : missingToken);
  useEffect(() => {
    if (!token) return;
    let live = true;
    postOnce(`${kind}:${token}`, () => use(token).then(() => after?.().catch(() => undefined)))
      .then(() => live && setState({ state: 'done' }))
      .catch((e: unknown) => live && setState(failure(e)));
    return () => { live = false; };
  }, [kind, token]);
  return state;
}

const missingToken: LinkState = {
  state: 'failed', status: 400, message: 'This link is incomplete. Open it again from the mail, or copy the whole address.',
};

function failure(e: unknown): LinkState {
  if (e instanceof ApiError) return { state: 'failed', status: e.status, message: e.message };
  return { state: 'failed', status: 0, message: (e as Error).message };
}

/** After the account's email or its verification changed: new claims in the access token, a fresh profile. */
export function useAccountRefresh() {
  const client = useQueryClient();
  return async () => {
    if (!session.signedIn()) return;
    await api.renewSession();
    await Promise.all([
      client.invalidateQueries({ queryKey: keys.me }),
      client.invalidateQueries({ queryKey: keys.myInvitations }),
    ]);
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
  const [state, setState] = useState<ResendState>({ state: 'idle' });
  const refresh = useAccountRefresh();
  const send = async () => {
    setState({ state: 'sending' });
    try {
      await api.resendVerification();
      setState({ state: 'sent' });
    } catch (e) {
      setState(resendFailure(e));
      if (e instanceof ApiError && e.status === 409) await refresh();
    }
  };
  return { ...state, send };
}

export function resendFailure(e: unknown): ResendState {
  if (e instanceof ApiError && e.status === 409) return { state: 'verified' };
  if (e instanceof ApiError && e.status === 429) {
    return {
      state: 'failed',
      message: e.retryAfter === undefined
        ? 'A link was sent a moment ago. Wait a little before asking for another.'
        : `A link was sent a moment ago. You can ask for another ${waitInWords(e.retryAfter)}.`,
    };
  }
  return { state: 'failed', message: (e as Error).message };
}

/** Is this the answer of an account that has not proved its email address yet? */
export const isEmailNotVerified = (e: unknown): boolean =>
  e instanceof ApiError && e.status === 403 && e.is(PROBLEM_TYPES.emailNotVerified);
