// Ordo's service worker: web push only (no caching, no fetch handler). A push carries the notification service's
// JSON {title, body, url, notificationId} (encrypted for this subscription; the browser decrypts it); it is shown
// as a system notification. A click on it focuses a tab of the app and takes it to `url` (a path of the app), or
// opens one there.
const APP = self.location.origin;

self.addEventListener('install', () => {
  // a new version takes over at once: it holds no caches that an open tab could depend on
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

/** A path of the app, never another origin (a payload cannot send the user elsewhere). */
function appUrl(url) {
  try {
    const target = new URL(typeof url === 'string' && url ? url : '/', APP);
    return target.origin === APP ? target.href : `${APP}/`;
  } catch {
    return `${APP}/`;
  }
}

self.addEventListener('push', (event) => {
  let message;
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = { body: event.data ? event.data.text() : '' };
  }
  const title = typeof message.title === 'string' && message.title ? message.title : 'Ordo';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof message.body === 'string' ? message.body : '',
      icon: '/favicon.svg',
      badge: '/favicon.svg',
      // one system notification per Ordo notification, even if it is pushed twice
      tag: typeof message.notificationId === 'string' ? message.notificationId : undefined,
      data: { url: appUrl(message.url) },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = appUrl(event.notification.data && event.notification.data.url);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const tab = windows.find((w) => new URL(w.url).origin === APP);
      if (tab) {
        // the app navigates itself (its router, its session): no reload
        tab.postMessage({ type: 'ordo:open', url });
        await tab.focus();
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});
