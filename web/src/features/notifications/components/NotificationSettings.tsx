// Settings › Notifications: which notifications reach me where (a type × channel matrix), quiet hours, the daily
// digest, the default reminder, and browser push for this browser. Saved as one document
// (PUT /notification-preferences); what the server refuses is said beside the Save button.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import type { NotificationSettings as Preferences, NotificationSettingsUpdate } from '../../../api/types';
import { useToast } from '../../../shared/toast';
import { useMe } from '../../auth';
import {
  useDisablePush,
  useEnablePush,
  useNotificationPreferences,
  usePushState,
  useSaveNotificationPreferences,
  useVapidKey,
} from '../api/preferences';
import { CHANNELS, type Channel } from '../api/reminders';
import { minutesInWords, NOTIFICATION_TYPES } from '../describe';
import './notifications.css';

const CHANNEL_LABELS: Record<Channel, string> = { in_app: 'In app', email: 'Email', push: 'Push' };
const REMINDER_DEFAULTS = [0, 10, 30, 60, 120, 1440];

/** The form's state: the preferences as they are being edited. */
type Draft = {
  types: Record<string, Record<string, boolean>>;
  quiet: boolean;
  quietStart: string;
  quietEnd: string;
  digest: boolean;
  digestTime: string;
  defaultReminder: string;
};

const draftOf = (p: Preferences): Draft => ({
  types: p.types,
  quiet: !!p.quietHours,
  quietStart: p.quietHours?.start ?? '22:00',
  quietEnd: p.quietHours?.end ?? '07:00',
  digest: p.digest.enabled,
  digestTime: p.digest.time,
  defaultReminder: p.defaultReminderMinutes === null ? '' : String(p.defaultReminderMinutes),
});

/** What is sent, or (a string) why not, when the form itself can tell the server would refuse it. */
function preferencesOf(d: Draft): NotificationSettingsUpdate | string {
  if (d.quiet && d.quietStart === d.quietEnd) return 'Quiet hours must end at another time than they start.';
  if (d.quiet && (!d.quietStart || !d.quietEnd)) return 'Give quiet hours a start and an end.';
  if (d.digest && !d.digestTime) return 'Give the daily digest a time.';
  return {
    types: d.types,
    quietHours: d.quiet ? { start: d.quietStart, end: d.quietEnd } : null,
    digest: { enabled: d.digest, time: d.digestTime || '08:00' },
    defaultReminderMinutes: d.defaultReminder === '' ? null : Number(d.defaultReminder),
  };
}

export function NotificationSettings() {
  const preferences = useNotificationPreferences();
  const heading = useRef<HTMLHeadingElement>(null);
  const { hash } = useLocation();
  useEffect(() => {
    // opened from the bell's panel (/settings#notifications): this section, in view and focused
    if (hash === '#notifications' && preferences.data) {
      heading.current?.scrollIntoView?.({ block: 'start' });
      heading.current?.focus();
    }
  }, [hash, preferences.data]);
  return (
    <section className="form" id="notifications" aria-labelledby="notifications-title">
      <h2 id="notifications-title" tabIndex={-1} ref={heading}>
        Notifications
      </h2>
      {preferences.isPending ? (
        <p className="muted" aria-busy="true">
          Loading…
        </p>
      ) : preferences.error ? (
        <p className="form-error" role="alert">
          {preferences.error.message}
        </p>
      ) : (
        <PreferencesForm saved={preferences.data} />
      )}
      <PushOptIn />
    </section>
  );
}

/** The form starts from the preferences as first read; saving keeps what it shows (the server answers the same). */
function PreferencesForm({ saved }: { saved: Preferences }) {
  const [draft, setDraft] = useState(() => draftOf(saved));
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSaveNotificationPreferences();
  const toast = useToast();
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggle = (type: string, channel: Channel, on: boolean) =>
    setDraft((d) => ({ ...d, types: { ...d.types, [type]: { ...d.types[type], [channel]: on } } }));
  // the types the server knows, in the order of NOTIFICATION_TYPES, then any it added since
  const known = NOTIFICATION_TYPES.filter((t) => t.type in draft.types);
  const rows = [
    ...known,
    ...Object.keys(draft.types)
      .filter((type) => !known.some((t) => t.type === type))
      .map((type) => ({ type, label: type, hint: undefined })),
  ];
  const minutes = [
    ...new Set([
      ...REMINDER_DEFAULTS,
      ...(saved.defaultReminderMinutes === null ? [] : [saved.defaultReminderMinutes]),
    ]),
  ].sort((a, b) => a - b);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = preferencesOf(draft);
    if (typeof body === 'string') {
      setProblem(body);
      return;
    }
    setProblem(null);
    save.mutate(body, {
      onSuccess: () => toast.info('Notification settings saved.'),
      onError: (error) => setProblem(error.message),
    });
  };

  return (
    <form onSubmit={submit} className="notification-preferences" aria-label="Notification preferences">
      <table className="pref-matrix">
        <caption className="sr-only">Which notifications reach me, and where</caption>
        <thead>
          <tr>
            <th scope="col">Notify me about</th>
            {CHANNELS.map((c) => (
              <th key={c} scope="col">
                {CHANNEL_LABELS[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ type, label, hint }) => (
            <tr key={type}>
              <th scope="row">
                {label}
                {hint && <span className="pref-row-hint">{hint}</span>}
              </th>
              {CHANNELS.map((c) => (
                <td key={c}>
                  <input
                    type="checkbox"
                    aria-label={`${label}: ${CHANNEL_LABELS[c]}`}
                    checked={!!draft.types[type]?.[c]}
                    onChange={(e) => toggle(type, c, e.target.checked)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Times are in {saved.timezone}, your profile’s time zone.</p>
      <fieldset>
        <legend>Quiet hours</legend>
        <label className="check">
          <input type="checkbox" checked={draft.quiet} onChange={(e) => change({ quiet: e.target.checked })} /> Hold
          email and push during quiet hours (they are sent when the quiet hours end)
        </label>
        {draft.quiet && (
          <div className="time-range">
            <label>
              From
              <input
                type="time"
                value={draft.quietStart}
                required
                onChange={(e) => change({ quietStart: e.target.value })}
              />
            </label>
            <label>
              To
              <input
                type="time"
                value={draft.quietEnd}
                required
                onChange={(e) => change({ quietEnd: e.target.value })}
              />
            </label>
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>Daily digest</legend>
        <label className="check">
          <input type="checkbox" checked={draft.digest} onChange={(e) => change({ digest: e.target.checked })} /> Send
          me a digest of today’s and overdue tasks every day
        </label>
        <label>
          At
          <input
            type="time"
            value={draft.digestTime}
            disabled={!draft.digest}
            required={draft.digest}
            onChange={(e) => change({ digestTime: e.target.value })}
          />
        </label>
      </fieldset>
      <label>
        Default reminder for new tasks with a due time
        <select value={draft.defaultReminder} onChange={(e) => change({ defaultReminder: e.target.value })}>
          <option value="">None</option>
          {minutes.map((m) => (
            <option key={m} value={String(m)}>
              {m === 0 ? 'At the due time' : `${minutesInWords(m)} before`}
            </option>
          ))}
        </select>
      </label>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          Save notification settings
        </button>
      </div>
    </form>
  );
}

/** Browser push for this browser: offered when the server has a VAPID key and the browser can take pushes. */
function PushOptIn() {
  const me = useMe().data;
  const userId = me?.id ?? '';
  const state = usePushState(userId);
  const key = useVapidKey(!!state.data?.supported);
  const enable = useEnablePush(userId);
  const disable = useDisablePush(userId);
  const toast = useToast();
  const busy = enable.isPending || disable.isPending;
  const error = enable.error?.message ?? disable.error?.message ?? null;

  let body;
  if (state.isPending || (state.data?.supported && key.isPending)) {
    body = <p className="muted">Checking this browser…</p>;
  } else if (!state.data?.supported) {
    body = <p className="muted">This browser cannot show push notifications.</p>;
  } else if (key.error) {
    body = (
      <p className="form-error" role="alert">
        {key.error.message}
      </p>
    );
  } else if (!key.data) {
    body = <p className="muted">Push notifications are not set up on this server.</p>;
  } else if (state.data.subscribed) {
    body = (
      <>
        <p className="notice">On for this browser.</p>
        <div className="form-actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => disable.mutate(undefined, { onSuccess: () => toast.info('Push notifications turned off.') })}
          >
            Turn off push in this browser
          </button>
        </div>
      </>
    );
  } else {
    const publicKey = key.data;
    body = (
      <>
        {state.data.permission === 'denied' ? (
          <p className="muted">
            Notifications are blocked for this site. Allow them in your browser’s site settings to turn push on.
          </p>
        ) : (
          <p className="muted">Get notifications on this device even when Ordo is not open.</p>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="primary"
            disabled={busy || state.data.permission === 'denied'}
            onClick={() =>
              enable.mutate(publicKey, { onSuccess: () => toast.info('Push notifications are on for this browser.') })
            }
          >
            Turn on push in this browser
          </button>
        </div>
      </>
    );
  }
  return (
    <div className="push-opt-in" aria-labelledby="push-title" role="group">
      <h3 id="push-title">Browser push</h3>
      {body}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
