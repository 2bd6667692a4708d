// A click on a push notification (public/sw.js) when a tab of the app is open: the service worker focuses the tab
// and posts {type: 'ordo:open', url}; the app goes there itself (its router, no reload).
import { useEffect } from 'react';
import { useNavigate } from 'react-router';

export function usePushNavigation() {
  const navigate = useNavigate();
  useEffect(() => {
    const worker = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
    if (!worker) return;
    const onMessage = (e: MessageEvent) => {
      const data: unknown = e.data;
      if (typeof data !== 'object' || data === null) return;
      const { type, url } = data as Record<string, unknown>;
      if (type !== 'ordo:open' || typeof url !== 'string') return;
      const target = new URL(url, window.location.origin);
      if (target.origin === window.location.origin) navigate(target.pathname + target.search + target.hash);
    };
    worker.addEventListener('message', onMessage);
    return () => worker.removeEventListener('message', onMessage);
  }, [navigate]);
}
