// A project's members and its invitations: roles changed, members removed, invitations sent and revoked.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { GRANTED_ROLES, type GrantedRole } from '../../../api/types';
import { useToast } from '../../../shared/toast';
import { useMe } from '../../auth';
import { useProjects } from '../../projects';
import {
  useChangeRole,
  useInvite,
  useLeaveProject,
  useMembers,
  useProjectInvitations,
  useRemoveMember,
  useRevokeInvitation,
} from '../api/people';

const isGrantedRole = (role: string): role is GrantedRole => GRANTED_ROLES.some((r) => r === role);

export function Members() {
  const { id = '' } = useParams();
  const project = useProjects().data?.find((p) => p.id === id);
  const me = useMe().data;
  const members = useMembers(id);
  const canAdmin = project?.role === 'owner' || project?.role === 'admin';
  const invitations = useProjectInvitations(id, canAdmin);
  const changeRole = useChangeRole(id);
  const removeMember = useRemoveMember(id);
  const leave = useLeaveProject(id);
  const invite = useInvite(id);
  const revoke = useRevokeInvitation(id);
  const toast = useToast();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<GrantedRole>('member');
  /** What every change reports: its message when done, the reason when refused. */
  const reported = (done?: string) => ({
    onSuccess: () => done && toast.info(done),
    onError: (e: Error) => toast.error(e.message),
  });
  if (!project)
    return (
      <section className="view">
        <h1>Members</h1>
        <p className="state">Loading…</p>
      </section>
    );
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Members of {project.name}</h1>
        <Link to={`/projects/${id}`}>Back to the project</Link>
      </header>
      <table className="members">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(members.data ?? []).map((m) => (
            <tr key={m.userId}>
              <td>
                {m.name ?? '—'}
                {m.userId === me?.id ? ' (you)' : ''}
              </td>
              <td>{m.email ?? '—'}</td>
              <td>
                {canAdmin && m.role !== 'owner' ? (
                  <select
                    aria-label={`Role of ${m.name ?? m.email}`}
                    value={m.role}
                    onChange={(e) =>
                      isGrantedRole(e.target.value) &&
                      changeRole.mutate({ userId: m.userId, role: e.target.value }, reported('Role changed.'))
                    }
                  >
                    {GRANTED_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                ) : (
                  m.role
                )}
              </td>
              <td>
                {canAdmin && m.role !== 'owner' && m.userId !== me?.id && (
                  <button
                    type="button"
                    className="link danger"
                    onClick={() => confirm(`Remove ${m.name ?? m.email}?`) && removeMember.mutate(m.userId, reported())}
                  >
                    Remove
                  </button>
                )}
                {m.userId === me?.id && m.role !== 'owner' && (
                  <button
                    type="button"
                    className="link danger"
                    onClick={() =>
                      leave.mutate(undefined, {
                        onSettled: () => navigate('/today'),
                        onError: (e) => toast.error(e.message),
                      })
                    }
                  >
                    Leave
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canAdmin && (
        <>
          <h2>Invite someone</h2>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              invite.mutate(
                { email: email.trim(), role },
                { ...reported(`Invitation sent to ${email.trim()}.`), onSettled: () => setEmail('') },
              );
            }}
          >
            <label>
              Email
              <input
                type="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                required
                placeholder="name@example.com"
              />
            </label>
            <label>
              Role
              <select value={role} onChange={(e) => isGrantedRole(e.target.value) && setRole(e.target.value)}>
                {GRANTED_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="primary" disabled={!email.trim()}>
              Invite
            </button>
          </form>
          <h2>Pending invitations</h2>
          {(invitations.data ?? []).length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            <ul className="plain">
              {(invitations.data ?? []).map((inv) => (
                <li key={inv.id}>
                  {inv.email} as {inv.role} <span className="muted">until {inv.expiresAt.slice(0, 10)}</span>{' '}
                  <button type="button" className="link danger" onClick={() => revoke.mutate(inv.id, reported())}>
                    Revoke
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
