// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { json, noContent, renderApp, signIn } from '../../../test/app';

const TYPES = [
  'task.assigned',
  'comment.mentioned',
  'comment.added',
  'invitation.received',
  'invitation.accepted',
  'invitation.rejected',
  'task.completed',
  'reminder',
  'digest',
];

const defaults = () => ({
  types: Object.fromEntries(
    TYPES.map((t) => [
      t,
      { in_app: t !== 'task.completed', email: t !== 'task.completed', push: t !== 'task.completed' },
    ]),
  ),
  quietHours: null,
  digest: { enabled: false, time: '08:00' },
  defaultReminderMinutes: null,
  timezone: 'Europe/Berlin',
});

/** Settings, with the preferences the PUTs change (or a refusal), and the push key endpoint as given. */
function renderSettings({ refuse, vapid }: { refuse?: unknown; vapid?: Response } = {}) {
  let saved: unknown = defaults();
  return renderApp('/settings', (method, path, body) => {
    if (path === '/api/v1/notification-preferences') {
      if (method === 'GET') return json(200, saved);
      if (method === 'PUT') {
        if (refuse) return json(400, refuse);
        saved = { ...(body as object), timezone: 'Europe/Berlin' };
        return json(200, saved);
      }
    }
    if (path === '/api/v1/push-subscriptions/vapid-public-key')
      return vapid ?? json(404, { type: 'https://ordo.dev/problems/push-not-configured', status: 404 });
    if (path === '/api/v1/calendar/feed') return json(200, { url: 'http://localhost/feed.ics' });
    return undefined;
  });
}

const section = () => screen.findByRole('region', { name: 'Notifications' }, { timeout: 8000 });

describe('Settings › Notifications', { timeout: 30_000 }, () => {
  it('saves the matrix, quiet hours, the digest and the default reminder as one document', async () => {
    signIn();
    const { calls } = renderSettings();
    const prefs = await section();
    const email = await within(prefs).findByRole('checkbox', { name: 'Assigned to me: Email' });
    expect(email).toHaveProperty('checked', true);
    expect(within(prefs).getByRole('checkbox', { name: 'Task completed in my shared project: In app' })).toHaveProperty(
      'checked',
      false,
    );
    expect(within(prefs).getByText('Times are in Europe/Berlin, your profile’s time zone.')).toBeTruthy();

    fireEvent.click(email);
    fireEvent.click(within(prefs).getByRole('checkbox', { name: 'Task completed in my shared project: Push' }));
    fireEvent.click(within(prefs).getByRole('checkbox', { name: /Hold email and push during quiet hours/ }));
    fireEvent.change(within(prefs).getByLabelText('From', { exact: true }), { target: { value: '22:30' } });
    fireEvent.click(within(prefs).getByRole('checkbox', { name: /Send me a digest/ }));
    fireEvent.change(within(prefs).getByLabelText('At', { exact: true }), { target: { value: '07:15' } });
    fireEvent.change(within(prefs).getByLabelText('Default reminder for new tasks with a due time'), {
      target: { value: '30' },
    });
    fireEvent.click(within(prefs).getByRole('button', { name: 'Save notification settings' }));
    await screen.findByText('Notification settings saved.');

    const put = calls.find((c) => c.method === 'PUT' && c.path === '/api/v1/notification-preferences');
    const expected = defaults();
    expected.types['task.assigned'].email = false;
    expected.types['task.completed'].push = true;
    expect(put?.body).toEqual({
      types: expected.types,
      quietHours: { start: '22:30', end: '07:00' },
      digest: { enabled: true, time: '07:15' },
      defaultReminderMinutes: 30,
    });
    // what the server answered is what the form shows
    await waitFor(() =>
      expect(within(prefs).getByRole('checkbox', { name: 'Assigned to me: Email' })).toHaveProperty('checked', false),
    );
  });

  it('says what the server refused, and what it can tell by itself without asking', async () => {
    signIn();
    const { calls } = renderSettings({
      refuse: {
        type: 'https://ordo.dev/problems/invalid-input',
        title: 'Bad Request',
        status: 400,
        detail: 'The digest time must be HH:mm.',
      },
    });
    const prefs = await section();
    fireEvent.click(await within(prefs).findByRole('checkbox', { name: /Hold email and push during quiet hours/ }));
    fireEvent.change(within(prefs).getByLabelText('From', { exact: true }), { target: { value: '07:00' } });
    fireEvent.click(within(prefs).getByRole('button', { name: 'Save notification settings' }));
    expect((await within(prefs).findByRole('alert')).textContent).toBe(
      'Quiet hours must end at another time than they start.',
    );
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    fireEvent.change(within(prefs).getByLabelText('From', { exact: true }), { target: { value: '22:00' } });
    fireEvent.click(within(prefs).getByRole('button', { name: 'Save notification settings' }));
    await waitFor(() => expect(within(prefs).getByRole('alert').textContent).toBe('The digest time must be HH:mm.'));
  });

  it('offers no push when the browser cannot, or the server is not set up for it', async () => {
    signIn();
    renderSettings();
    const prefs = await section();
    await within(prefs).findByText('This browser cannot show push notifications.');
  });
});

describe('browser push', { timeout: 30_000 }, () => {
  const KEY = 'BKQ1LTMRI5H7KuuFGN_qVZDkLpjSgU--__3QsQ1aVzmyYhtLeVNhyaNFeWubWLrlTBxNjbAF-QYSa640z_9OQGM';

  afterEach(() => {
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  /** A browser that can push: a service worker container, PushManager, Notification (permission as given). */
  function pushBrowser(permission: NotificationPermission = 'default') {
    let subscription: PushSubscription | null = null;
    const unsubscribe = vi.fn(async () => {
      subscription = null;
      return true;
    });
    const pushManager = {
      getSubscription: vi.fn(async () => subscription),
      subscribe: vi.fn(async (options: PushSubscriptionOptionsInit) => {
        subscription = {
          endpoint: 'https://push.example/send/abc',
          options: { applicationServerKey: (options.applicationServerKey as Uint8Array).buffer },
          toJSON: () => ({ endpoint: 'https://push.example/send/abc', keys: { p256dh: 'P256', auth: 'AUTH' } }),
          unsubscribe,
        } as unknown as PushSubscription;
        return subscription;
      }),
    };
    const registration = { pushManager, scope: '/' };
    const register = vi.fn(async () => registration);
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      value: {
        register,
        ready: Promise.resolve(registration),
        getRegistration: vi.fn(async () => (register.mock.calls.length > 0 ? registration : undefined)),
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      },
    });
    vi.stubGlobal('PushManager', class {});
    const requestPermission = vi.fn(async () => {
      notification.permission = 'granted';
      return 'granted' as const;
    });
    const notification = { permission, requestPermission };
    vi.stubGlobal('Notification', notification);
    return { register, pushManager, unsubscribe, requestPermission };
  }

  it('subscribes this browser with the server’s key and turns it off again', async () => {
    signIn();
    const browser = pushBrowser();
    const { calls } = renderApp('/settings', (method, path) => {
      if (path === '/api/v1/notification-preferences') return json(200, defaults());
      if (path === '/api/v1/push-subscriptions/vapid-public-key') return json(200, { publicKey: KEY });
      if (method === 'POST' && path === '/api/v1/push-subscriptions')
        return json(201, { id: 's1', endpoint: 'https://push.example/send/abc', createdAt: '2026-12-01T00:00:00Z' });
      if (method === 'DELETE' && path === '/api/v1/push-subscriptions/s1') return noContent();
      return undefined;
    });
    const prefs = await section();
    fireEvent.click(await within(prefs).findByRole('button', { name: 'Turn on push in this browser' }));
    await within(prefs).findByText('On for this browser.');
    expect(browser.requestPermission).toHaveBeenCalled();
    expect(browser.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    const options = browser.pushManager.subscribe.mock.calls[0][0];
    expect(options.userVisibleOnly).toBe(true);
    expect((options.applicationServerKey as Uint8Array).length).toBe(65);
    expect((options.applicationServerKey as Uint8Array)[0]).toBe(4);
    const post = calls.find((c) => c.method === 'POST' && c.path === '/api/v1/push-subscriptions');
    expect(post?.body).toEqual({ endpoint: 'https://push.example/send/abc', keys: { p256dh: 'P256', auth: 'AUTH' } });

    fireEvent.click(within(prefs).getByRole('button', { name: 'Turn off push in this browser' }));
    await within(prefs).findByRole('button', { name: 'Turn on push in this browser' });
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/v1/push-subscriptions/s1')).toBe(true);
    expect(browser.unsubscribe).toHaveBeenCalled();
  });

  it('says so when the server has no push, or the user blocked notifications', async () => {
    signIn();
    pushBrowser();
    renderSettings();
    const prefs = await section();
    await within(prefs).findByText('Push notifications are not set up on this server.');
    expect(within(prefs).queryByRole('button', { name: /Turn on push/ })).toBeNull();
  });

  it('does not offer to turn push on where notifications are blocked', async () => {
    signIn();
    pushBrowser('denied');
    renderSettings({ vapid: json(200, { publicKey: KEY }) });
    const prefs = await section();
    const on = await within(prefs).findByRole('button', { name: 'Turn on push in this browser' });
    expect(on).toHaveProperty('disabled', true);
    expect(within(prefs).getByText(/Notifications are blocked for this site/)).toBeTruthy();
  });
});
