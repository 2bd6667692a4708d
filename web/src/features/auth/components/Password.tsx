// Forgot password (ask for a link) and reset password (the page the link opens).
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useRequestPasswordReset, useResetPassword } from '../api/account';
import { AuthCard } from './AuthCard';

export function ForgotPassword() {
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = useRequestPasswordReset();
  const error = request.error?.message ?? null;
  const busy = request.isPending;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const address = email.trim();
    request.mutate(address, { onSuccess: () => setSentTo(address) });
  };
  if (sentTo) {
    return (
      <AuthCard title="Check your email">
        {/* The same words whether or not there is an account: the page must not tell who has one. */}
        <p className="notice" role="status">
          If an account exists for {sentTo}, we sent it a link to choose a new password.
        </p>
        <p className="hint">No mail after a few minutes? Check the spam folder, or ask again.</p>
        <p className="switch">
          <Link to="/sign-in">Back to sign in</Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <main className="auth">
      <form className="auth-card" onSubmit={submit}>
        <div className="brand">
          <img src="/favicon.svg" alt="" width="32" height="32" /> Ordo
        </div>
        <h1>Forgot your password?</h1>
        <p className="muted">
          Enter your account's email address and we will send you a link to choose a new password.
        </p>
        <label>
          Email
          <input
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary wide" disabled={busy}>
          Send link
        </button>
        <p className="switch">
          <Link to="/sign-in">Back to sign in</Link>
        </p>
      </form>
    </main>
  );
}

export function ResetPassword() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const navigate = useNavigate();
  const reset = useResetPassword();
  const error = mismatch ? 'The two passwords are not the same.' : (reset.error?.message ?? null);
  // Stays busy after success: the page is left for sign in.
  const busy = reset.isPending || reset.isSuccess;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(password !== confirm);
    if (password !== confirm) return;
    reset.reset();
    reset.mutate(
      { token: token ?? '', newPassword: password },
      { onSuccess: () => navigate('/sign-in?reset=1', { replace: true }) },
    );
  };
  if (!token) {
    return (
      <AuthCard title="This link is incomplete">
        <p role="alert">Open the link from the mail again, or copy the whole address.</p>
        <p className="switch">
          <Link to="/forgot-password">Ask for a new link</Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <main className="auth">
      <form className="auth-card" onSubmit={submit}>
        <div className="brand">
          <img src="/favicon.svg" alt="" width="32" height="32" /> Ordo
        </div>
        <h1>Choose a new password</h1>
        <label>
          New password
          <input
            name="new-password"
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            maxLength={128}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby="password-rules"
          />
        </label>
        <p className="hint" id="password-rules">
          At least 8 characters, and not one of the passwords most often leaked.
        </p>
        <label>
          Confirm new password
          <input
            name="confirm-password"
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            maxLength={128}
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary wide" disabled={busy}>
          Set new password
        </button>
        <p className="hint">Every device signed in to your account will be signed out.</p>
        <p className="switch">
          Link expired? <Link to="/forgot-password">Ask for a new one</Link>
        </p>
      </form>
    </main>
  );
}
