// Settings: profile, time zone, theme, default sort, notifications, the calendar feed, archived projects, email
// address, password.
import { useState } from 'react';
import type { UpdateProfile, User } from '../../../api/types';
import { useToast } from '../../../shared/toast';
import { useMe } from '../../auth';
import { NotificationSettings } from '../../notifications';
import { useArchivedProjects, useUnarchiveProject } from '../../projects';
import { useChangeEmail, useChangePassword, useUpdateProfile } from '../api/settings';
import { CalendarFeed } from './CalendarFeed';

const SORTS = [
  ['position', 'Manual order'],
  ['due', 'Due date'],
  ['priority', 'Priority'],
  ['urgency', 'Urgency'],
  ['created', 'Date added'],
] as const;
const THEMES = ['light', 'dark', 'system'] as const;
type Sort = (typeof SORTS)[number][0];
const sortOf = (value: string): Sort | undefined => SORTS.find(([s]) => s === value)?.[0];
const zones = (): string[] => Intl.supportedValuesOf?.('timeZone') ?? ['UTC'];

export function Settings() {
  const me = useMe();
  if (!me.data)
    return (
      <p className="state" aria-busy="true">
        Loading…
      </p>
    );
  return <SettingsForm user={me.data} />;
}

function SettingsForm({ user }: { user: User }) {
  const [name, setName] = useState(user.name);
  const [timezone, setTimezone] = useState(user.timezone);
  const [theme, setTheme] = useState(user.theme);
  const update = useUpdateProfile();
  const toast = useToast();
  const save = (changes: UpdateProfile, message = 'Saved.') =>
    update.mutate(changes, { onSuccess: () => toast.info(message), onError: (e) => toast.error(e.message) });
  return (
    <section className="view settings" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Settings</h1>
      </header>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          save({ name: name.trim(), timezone });
        }}
      >
        <h2>Profile</h2>
        <p className="muted">
          Signed in as {user.email}
          {user.emailVerified === false ? ' (not verified yet)' : ''}
        </p>
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
        </label>
        <label>
          Time zone
          <select value={timezone} onChange={(e) => setTimezone(e.target.value)}>
            {[...new Set([user.timezone, ...zones()])].map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="link"
          onClick={() => setTimezone(Intl.DateTimeFormat().resolvedOptions().timeZone)}
        >
          Use this device's time zone
        </button>
        <div className="form-actions">
          <button type="submit" className="primary">
            Save profile
          </button>
        </div>
      </form>
      <div className="form">
        <h2>Appearance and lists</h2>
        <fieldset>
          <legend>Theme</legend>
          {THEMES.map((t) => (
            <label key={t} className="check">
              <input
                type="radio"
                name="theme"
                value={t}
                checked={theme === t}
                onChange={() => {
                  setTheme(t);
                  save({ theme: t }, 'Theme changed.');
                }}
              />{' '}
              {t[0].toUpperCase() + t.slice(1)}
            </label>
          ))}
        </fieldset>
        <label>
          Default sort in projects
          <select
            value={user.defaultTaskSort}
            onChange={(e) => {
              const defaultTaskSort = sortOf(e.target.value);
              if (defaultTaskSort) save({ defaultTaskSort });
            }}
          >
            {SORTS.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
      </div>
      <NotificationSettings />
      <CalendarFeed />
      <ArchivedProjects />
      <EmailForm current={user.email} />
      <PasswordForm />
    </section>
  );
}

function ArchivedProjects() {
  const [open, setOpen] = useState(false);
  const archived = useArchivedProjects(open);
  const unarchive = useUnarchiveProject();
  const toast = useToast();
  return (
    <div className="form">
      <h2>Archived projects</h2>
      {!open ? (
        <button type="button" onClick={() => setOpen(true)}>
          Show archived projects
        </button>
      ) : archived.isPending ? (
        <p className="muted">Loading…</p>
      ) : (archived.data ?? []).length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="plain">
          {(archived.data ?? []).map((p) => (
            <li key={p.id}>
              <span className={`dot color-${p.color}`} aria-hidden="true" /> {p.name}{' '}
              {(p.role === 'owner' || p.role === 'admin') && (
                <button
                  type="button"
                  className="link"
                  aria-label={`Unarchive ${p.name}`}
                  onClick={() =>
                    unarchive.mutate(p.id, {
                      onSuccess: () => toast.info(`${p.name} is back.`),
                      onError: (e) => toast.error(e.message),
                    })
                  }
                >
                  Unarchive
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The address changes only when the link mailed to the new one is opened (that proves it is the user's). */
function EmailForm({ current }: { current: string }) {
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const change = useChangeEmail();
  const error = change.error?.message ?? null;
  const busy = change.isPending;
  return (
    <form
      className="form"
      aria-labelledby="email-title"
      onSubmit={(e) => {
        e.preventDefault();
        const address = newEmail.trim();
        change.mutate(
          { newEmail: address, password },
          {
            onSuccess: () => {
              setSentTo(address);
              setNewEmail('');
              setPassword('');
            },
          },
        );
      }}
    >
      <h2 id="email-title">Email address</h2>
      <p className="muted">Now {current}.</p>
      {sentTo && (
        <p className="notice" role="status">
          We sent a link to {sentTo}. Open it to confirm the new address: until then nothing changes, and you keep
          signing in with {current}.
        </p>
      )}
      <label>
        New email
        <input
          type="email"
          autoComplete="email"
          maxLength={254}
          value={newEmail}
          onChange={(e) => setNewEmail(e.target.value)}
          required
        />
      </label>
      <label>
        Current password
        <input
          type="password"
          autoComplete="current-password"
          maxLength={128}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          Change email
        </button>
      </div>
    </form>
  );
}

function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const change = useChangePassword();
  const error = change.error?.message ?? null;
  const toast = useToast();
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        change.mutate(
          { currentPassword: current, newPassword: next },
          {
            onSuccess: () => {
              setCurrent('');
              setNext('');
              toast.info('Password changed. Other sessions have been signed out.');
            },
          },
        );
      }}
    >
      <h2>Password</h2>
      <label>
        Current password
        <input
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          required
        />
      </label>
      <label>
        New password
        <input
          type="password"
          autoComplete="new-password"
          minLength={8}
          maxLength={128}
          value={next}
          onChange={(e) => setNext(e.target.value)}
          required
        />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          Change password
        </button>
      </div>
    </form>
  );
}
