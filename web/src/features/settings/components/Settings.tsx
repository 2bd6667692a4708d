// Settings: profile, time zone, theme, default sort, email address, password. Activity: what I did, from the audit trail.
import { useState } from 'react';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { AuditEvent, UpdateProfile, User } from '../api/types';
import { keys, useArchivedProjects, useMe } from '../app/queries';
import { useToast } from '../app/toast';

const SORTS = [['position', 'Manual order'], ['due', 'Due date'], ['priority', 'Priority'], ['urgency', 'Urgency'], ['created', 'Date added']] as const;
const zones = (): string[] => (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? ['UTC'];

export function Settings() {
  const me = useMe();
  if (!me.data) return <p className="state" aria-busy="true">Loading…</p>;
  return <SettingsForm user={me.data} />;
}

function SettingsForm({ user }: { user: User }) {
  const [name, setName] = useState(user.name);
  const [timezone, setTimezone] = useState(user.timezone);
  const [theme, setTheme] = useState(user.theme);
  const client = useQueryClient();
  const toast = useToast();
  const save = async (patch: UpdateProfile, message = 'Saved.') => {
    try {
      const saved = await api.updateMe(patch);
      client.setQueryData(keys.me, saved);
      await client.invalidateQueries({ queryKey: keys.tasks });
      toast.info(message);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };
  return (
    <section className="view settings" aria-labelledby="view-title">
      <header className="view-header"><h1 id="view-title">Settings</h1></header>
      <form className="form" onSubmit={(e) => { e.preventDefault(); void save({ name: name.trim(), timezone }); }}>
        <h2>Profile</h2>
        <p className="muted">Signed in as {user.email}{user.emailVerified === false ? ' (not verified yet)' : ''}</p>
        <label>Name<input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} /></label>
        <label>Time zone
          <select value={timezone} onChange={(e) => setTimezone(e.target.value)}>
            {[...new Set([user.timezone, ...zones()])].map((z) => <option key={z} value={z}>{z}</option>)}
          </select>
        </label>
        <button type="button" className="link" onClick={() => setTimezone(Intl.DateTimeFormat().resolvedOptions().timeZone)}>Use this device's time zone</button>
        <div className="form-actions"><button type="submit" className="primary">Save profile</button></div>
      </form>
      <div className="form">
        <h2>Appearance and lists</h2>
        <fieldset>
          <legend>Theme</legend>
          {(['light', 'dark', 'system'] as const).map((t) => (
            <label key={t} className="check">
              <input type="radio" name="theme" value={t} checked={theme === t} onChange={() => { setTheme(t); void save({ theme: t }, 'Theme changed.'); }} /> {t[0].toUpperCase() + t.slice(1)}
            </label>
          ))}
        </fieldset>
        <label>Default sort in projects
          <select value={user.defaultTaskSort} onChange={(e) => save({ defaultTaskSort: e.target.value as UpdateProfile['defaultTaskSort'] })}>
            {SORTS.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
        </label>
      </div>
      <ArchivedProjects />
      <EmailForm current={user.email} />
      <PasswordForm />
    </section>
  );
}

function ArchivedProjects() {
  const [open, setOpen] = useState(false);
  const archived = useArchivedProjects(open);
  const client = useQueryClient();
  const toast = useToast();
  return (
    <div className="form">
      <h2>Archived projects</h2>
      {!open ? <button type="button" onClick={() => setOpen(true)}>Show archived projects</button>
        : archived.isPending ? <p className="muted">Loading…</p>
          : (archived.data ?? []).length === 0 ? <p className="muted">None.</p> : (
            <ul className="plain">
              {archived.data!.map((p) => (
                <li key={p.id}><span className={`dot color-${p.color}`} aria-hidden="true" /> {p.name}{' '}
                  {(p.role === 'owner' || p.role === 'admin') && (
                    <button type="button" className="link" aria-label={`Unarchive ${p.name}`} onClick={async () => {
                      try {
                        await api.unarchiveProject(p.id);
                        toast.info(`${p.name} is back.`);
                      } catch (e) {
                        toast.error((e as Error).message);
                      }
                      await client.invalidateQueries({ queryKey: keys.projects });
                    }}>Unarchive</button>
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
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form className="form" aria-labelledby="email-title" onSubmit={async (e) => {
      e.preventDefault();
      setError(null);
      setBusy(true);
      try {
        await api.changeEmail(newEmail.trim(), password);
        setSentTo(newEmail.trim());
        setNewEmail('');
        setPassword('');
      } catch (err) {
        setError((err as Error).message);
      } finally {
        setBusy(false);
      }
    }}>
      <h2 id="email-title">Email address</h2>
      <p className="muted">Now {current}.</p>
      {sentTo && (
        <p className="notice" role="status">
          We sent a link to {sentTo}. Open it to confirm the new address: until then nothing changes, and you keep signing in with {current}.
        </p>
      )}
      <label>New email<input type="email" autoComplete="email" maxLength={254} value={newEmail} onChange={(e) => setNewEmail(e.target.value)} required /></label>
      <label>Current password<input type="password" autoComplete="current-password" maxLength={128} value={password} onChange={(e) => setPassword(e.target.value)} required /></label>
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="form-actions"><button type="submit" className="primary" disabled={busy}>Change email</button></div>
    </form>
  );
}

function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  return (
    <form className="form" onSubmit={async (e) => {
      e.preventDefault();
      setError(null);
      try {
        await api.changePassword(current, next);
        setCurrent('');
        setNext('');
        toast.info('Password changed. Other sessions have been signed out.');
      } catch (err) {
        setError((err as Error).message);
      }
    }}>
      <h2>Password</h2>
      <label>Current password<input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required /></label>
      <label>New password<input type="password" autoComplete="new-password" minLength={8} maxLength={128} value={next} onChange={(e) => setNext(e.target.value)} required /></label>
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="form-actions"><button type="submit" className="primary">Change password</button></div>
    </form>
  );
}

/** A sentence for an audit event, from its type and the entity's name in its data where there is one. */
export function describe(event: AuditEvent): string {
  const [entity, action] = event.type.split('.');
  const data = event.data as Record<string, Record<string, unknown> | undefined>;
  const inner = data?.[entity] ?? data;
  const name = (inner?.title ?? inner?.name ?? inner?.email) as string | undefined;
  const verb = (action ?? '').replace(/-/g, ' ');
  return `${entity.charAt(0).toUpperCase()}${entity.slice(1)} ${verb}${name ? `: ${name}` : ''}`;
}

export function Activity() {
  const me = useMe().data;
  const events = useInfiniteQuery({
    queryKey: keys.activity,
    queryFn: ({ pageParam }) => api.activity(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = (events.data?.pages ?? []).flatMap((p) => p.items);
  const fmt = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: me?.timezone ?? 'UTC' });
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header"><h1 id="view-title">Activity</h1></header>
      {events.isPending ? <p className="state" aria-busy="true">Loading…</p> : events.error ? <p className="state state-error" role="alert">{events.error.message}</p>
        : items.length === 0 ? <p className="state state-empty">Nothing yet. What you do in Ordo shows up here.</p> : (
          <ol className="activity">
            {items.map((e) => (
              <li key={e.id}><span>{describe(e)}</span> <time className="muted small" dateTime={e.occurredAt}>{fmt.format(new Date(e.occurredAt))}</time></li>
            ))}
          </ol>
        )}
      {events.hasNextPage && <button type="button" className="load-more" onClick={() => events.fetchNextPage()}>Load more</button>}
    </section>
  );
}
