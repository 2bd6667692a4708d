// A project's members and invitations, and the invitations sent to me.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Invitation, Role } from '../api/types';
import { keys, useMe, useMembers, useMyInvitations, useProjects } from '../app/queries';
import { useToast } from '../app/toast';
import { isEmailNotVerified } from '../app/account';

const ROLES: Role[] = ['admin', 'member', 'viewer'];

export function Members() {
  const { id = '' } = useParams();
  const project = useProjects().data?.find((p) => p.id === id);
  const me = useMe().data;
  const members = useMembers(id);
  const canAdmin = project?.role === 'owner' || project?.role === 'admin';
  const invitations = useQuery({ queryKey: keys.projectInvitations(id), queryFn: () => api.projectInvitations(id), enabled: canAdmin });
  const client = useQueryClient();
  const toast = useToast();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'admin' | 'member' | 'viewer'>('member');
  const refresh = () => Promise.all([
    client.invalidateQueries({ queryKey: keys.members(id) }),
    client.invalidateQueries({ queryKey: keys.projectInvitations(id) }),
  ]);
  const act = async (fn: () => Promise<unknown>, done?: string) => {
    try {
      await fn();
      if (done) toast.info(done);
    } catch (e) {
      toast.error((e as Error).message);
    }
    await refresh();
  };
  if (!project) return <section className="view"><h1>Members</h1><p className="state">Loading…</p></section>;
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Members of {project.name}</h1>
        <Link to={`/projects/${id}`}>Back to the project</Link>
      </header>
      <table className="members">
        <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col"><span className="sr-only">Actions</span></th></tr></thead>
        <tbody>
          {(members.data ?? []).map((m) => (
            <tr key={m.userId}>
              <td>{m.name ?? '—'}{m.userId === me?.id ? ' (you)' : ''}</td>
              <td>{m.email ?? '—'}</td>
              <td>
                {canAdmin && m.role !== 'owner' ? (
                  <select aria-label={`Role of ${m.name ?? m.email}`} value={m.role} onChange={(e) => act(() => api.changeRole(id, m.userId, e.target.value as Role), 'Role changed.')}>
                    {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
                  </select>
                ) : m.role}
              </td>
              <td>
                {canAdmin && m.role !== 'owner' && m.userId !== me?.id && (
                  <button type="button" className="link danger" onClick={() => confirm(`Remove ${m.name ?? m.email}?`) && act(() => api.removeMember(id, m.userId))}>Remove</button>
                )}
                {m.userId === me?.id && m.role !== 'owner' && (
                  <button type="button" className="link danger" onClick={async () => { await act(() => api.leaveProject(id)); await client.invalidateQueries({ queryKey: keys.projects }); navigate('/today'); }}>Leave</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canAdmin && (
        <>
          <h2>Invite someone</h2>
          <form className="inline-form" onSubmit={async (e) => {
            e.preventDefault();
            await act(() => api.invite(id, email.trim(), role), `Invitation sent to ${email.trim()}.`);
            setEmail('');
          }}>
            <label>Email<input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required placeholder="name@example.com" /></label>
            <label>Role
              <select value={role} onChange={(e) => setRole(e.target.value as typeof role)}>{ROLES.map((r) => <option key={r} value={r}>{r}</option>)}</select>
            </label>
            <button type="submit" className="primary" disabled={!email.trim()}>Invite</button>
          </form>
          <h2>Pending invitations</h2>
          {(invitations.data ?? []).length === 0 ? <p className="muted">None.</p> : (
            <ul className="plain">
              {invitations.data!.map((inv) => (
                <li key={inv.id}>{inv.email} as {inv.role} <span className="muted">until {inv.expiresAt.slice(0, 10)}</span>{' '}
                  <button type="button" className="link danger" onClick={() => act(() => api.revokeInvitation(id, inv.id))}>Revoke</button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

export function MyInvitations() {
  const invitations = useMyInvitations();
  const client = useQueryClient();
  const toast = useToast();
  const navigate = useNavigate();
  const answer = async (inv: Invitation, accept: boolean) => {
    try {
      if (accept) {
        const project = await api.acceptInvitation(inv.id);
        await client.invalidateQueries({ queryKey: keys.projects });
        navigate(`/projects/${project.id}`);
      } else {
        await api.rejectInvitation(inv.id);
      }
    } catch (e) {
      toast.error((e as Error).message);
    }
    await client.invalidateQueries({ queryKey: keys.myInvitations });
  };
  const list = invitations.data ?? [];
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header"><h1 id="view-title">Invitations</h1></header>
      {isEmailNotVerified(invitations.error) ? (
        <div className="state state-empty">
          <p className="empty-title">Verify your email to see invitations</p>
          <p>Invitations are sent to an email address, so they show up once you have opened the link we mailed you.</p>
        </div>
      ) : invitations.isPending ? <p className="state">Loading…</p>
        : invitations.error ? <p className="state state-error" role="alert">{invitations.error.message}</p>
        : list.length === 0 ? <p className="state state-empty">No invitations waiting for you.</p> : (
        <ul className="invitations">
          {list.map((inv) => (
            <li key={inv.id} className="invitation">
              <span><strong>{inv.projectName}</strong> — join as {inv.role}</span>
              <span className="muted small">expires {inv.expiresAt.slice(0, 10)}</span>
              <span className="actions">
                <button type="button" className="primary" onClick={() => answer(inv, true)}>Accept</button>
                <button type="button" onClick={() => answer(inv, false)}>Decline</button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
