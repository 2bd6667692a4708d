// The invitations sent to me: accept (opens the project) or decline.
import { useNavigate } from 'react-router';
import type { Invitation } from '../../../api/types';
import { useToast } from '../../../shared/toast';
import { isEmailNotVerified } from '../../auth';
import { useAnswerInvitation, useMyInvitations } from '../api/people';

export function MyInvitations() {
  const invitations = useMyInvitations();
  const answerInvitation = useAnswerInvitation();
  const toast = useToast();
  const navigate = useNavigate();
  const answer = (inv: Invitation, accept: boolean) =>
    answerInvitation.mutate(
      { id: inv.id, accept },
      {
        onSuccess: (project) => project && navigate(`/projects/${project.id}`),
        onError: (e) => toast.error(e.message),
      },
    );
  const list = invitations.data ?? [];
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Invitations</h1>
      </header>
      {isEmailNotVerified(invitations.error) ? (
        <div className="state state-empty">
          <p className="empty-title">Verify your email to see invitations</p>
          <p>Invitations are sent to an email address, so they show up once you have opened the link we mailed you.</p>
        </div>
      ) : invitations.isPending ? (
        <p className="state">Loading…</p>
      ) : invitations.error ? (
        <p className="state state-error" role="alert">
          {invitations.error.message}
        </p>
      ) : list.length === 0 ? (
        <p className="state state-empty">No invitations waiting for you.</p>
      ) : (
        <ul className="invitations">
          {list.map((inv) => (
            <li key={inv.id} className="invitation">
              <span>
                <strong>{inv.projectName}</strong> — join as {inv.role}
              </span>
              <span className="muted small">expires {inv.expiresAt.slice(0, 10)}</span>
              <span className="actions">
                <button type="button" className="primary" onClick={() => answer(inv, true)}>
                  Accept
                </button>
                <button type="button" onClick={() => answer(inv, false)}>
                  Decline
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
