// The tab's one live stream, over the app's session, and the hook through which the app listens to it.
import { useEffect, useRef } from 'react';
import { session } from '../../../api/client';
import { LiveStream, type LiveEvent } from './liveStream';

export const liveStream = new LiveStream({
  fetch: (request) => session.authorisedFetch(request),
  signedIn: () => session.signedIn(),
  onSessionChange: (listener) => session.onChange(listener),
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
  now: () => Date.now(),
  random: () => Math.random(),
});

if (typeof window !== 'undefined') {
  // Back online, or back to the tab: no need to sit out the rest of a backoff.
  window.addEventListener('online', () => liveStream.wake());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') liveStream.wake();
  });
}

/** Listens to the live stream while the component is mounted (the stream runs while anyone listens). */
export function useLiveEvents(listener: (event: LiveEvent) => void) {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => liveStream.subscribe((event) => latest.current(event)), []);
}
