// Web push in this browser: the service worker (/sw.js, which shows the pushed notification and opens its page on a
// click), the Push API subscription made with the server's VAPID key, and which user's server-side subscription it
// is (kept in localStorage: the subscription belongs to the browser, the server's record to a user).

/** Whether this browser can push at all, what the user allowed, and whether it is subscribed for this user. */
export type PushState = {
  supported: boolean;
  permission: NotificationPermission | 'unsupported';
  subscribed: boolean;
};

export type Remembered = { userId: string; endpoint: string; id: string };

const STORE = 'ordo.push';
const WORKER = '/sw.js';

/** A refusal by the user (or the browser's settings) to show notifications. */
export class PushPermissionError extends Error {
  constructor(readonly permission: NotificationPermission) {
    super(
      permission === 'denied'
        ? 'Notifications are blocked for this site. Allow them in your browser’s site settings, then try again.'
        : 'Notifications were not allowed.',
    );
  }
}

/** A base64url string (the VAPID key) as the bytes PushManager.subscribe takes. */
export function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(value.length / 4) * 4, '=');
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

function sameBytes(a: ArrayBuffer | null | undefined, b: Uint8Array): boolean {
  if (!a) return false;
  const x = new Uint8Array(a);
  return x.length === b.length && x.every((v, i) => v === b[i]);
}

const supported = () =>
  typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  return navigator.serviceWorker.getRegistration('/');
}

export const browserPush = {
  supported,

  remembered(): Remembered | null {
    try {
      const value: unknown = JSON.parse(localStorage.getItem(STORE) ?? 'null');
      if (typeof value !== 'object' || value === null) return null;
      const r = value as Record<string, unknown>;
      return typeof r.userId === 'string' && typeof r.endpoint === 'string' && typeof r.id === 'string'
        ? { userId: r.userId, endpoint: r.endpoint, id: r.id }
        : null;
    } catch {
      return null;
    }
  },

  remember(value: Remembered): void {
    localStorage.setItem(STORE, JSON.stringify(value));
  },

  async state(userId: string): Promise<PushState> {
    if (!supported()) return { supported: false, permission: 'unsupported', subscribed: false };
    const subscription = await (await registration())?.pushManager.getSubscription();
    const stored = browserPush.remembered();
    return {
      supported: true,
      permission: Notification.permission,
      subscribed:
        !!subscription &&
        Notification.permission === 'granted' &&
        stored?.userId === userId &&
        stored.endpoint === subscription.endpoint,
    };
  },

  /** Asks permission, registers the service worker and subscribes: what the server needs to push here. */
  async subscribe(publicKey: string): Promise<{ endpoint: string; keys: { p256dh: string; auth: string } }> {
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') throw new PushPermissionError(permission);
    await navigator.serviceWorker.register(WORKER, { scope: '/' });
    const ready = await navigator.serviceWorker.ready;
    const key = base64UrlToBytes(publicKey);
    let subscription = await ready.pushManager.getSubscription();
    if (subscription && !sameBytes(subscription.options.applicationServerKey, key)) {
      // made with another key (the server's keys changed): the push service would refuse the server's pushes
      await subscription.unsubscribe();
      subscription = null;
    }
    subscription ??= await ready.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
    const json = subscription.toJSON();
    const p256dh = json.keys?.p256dh;
    const auth = json.keys?.auth;
    if (!p256dh || !auth) throw new Error('This browser made a push subscription without keys.');
    return { endpoint: subscription.endpoint, keys: { p256dh, auth } };
  },

  async unsubscribe(): Promise<void> {
    localStorage.removeItem(STORE);
    if (!supported()) return;
    const subscription = await (await registration())?.pushManager.getSubscription();
    await subscription?.unsubscribe();
  },
};
