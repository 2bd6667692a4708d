// Forgot password (ask for a link) and reset password (the page the link opens).
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { api, session } from '../api/client';
import { AuthCard } from './EmailLinks';

export function ForgotPassword() {
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.requestPasswordReset(email.trim());
      setSentTo(email.trim());
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  if (sentTo) {
    return (
      <AuthCard title="Check your email">
        {/* The same words whether or not there is an account: the page must not tell who has one. */}
        <p className="notice" role="status">If an account exists for {sentTo}, we sent it a link to choose a new password.</p>
        <p className="hint">No mail after a few minutes? Check the spam folder, or ask again.</p>
        <p className="switch"><Link to="/sign-in">Back to sign in</Link></p>
      </AuthCard>
    );
  }
  return (
    <main className="auth">
      <form className="auth-card" onSubmit={submit}>
        <div className="brand"><img src="/favicon.svg" alt="" width="32" height="32" /> Ordo</div>
        <h1>Forgot your password?</h1>
        <p className="muted">Enter your account's email address and we will send you a link to choose a new password.</p>
        <label>Email<input name="email" type="email" autoComplete="email" required maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} /></label>
        {error && <p className="form-error" role="alert">{error}</p>}
        <button type="submit" className="primary wide" disabled={busy}>Send link</button>
        <p className="switch"><Link to="/sign-in">Back to sign in</Link></p>
      </form>
    </main>
  );
}

export function ResetPassword() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const client = useQueryClient();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (password !== confirm) {
      setError('The two passwords are not the same.');
      return;
    }
    setBusy(true);
    try {
      await api.resetPassword(token ?? '', password);
      // Every session of the account has just been ended, this tab's too.
      session.clear();
      client.clear();
      navigate('/sign-in?reset=1', { replace: true });
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };
  if (!token) {
    return (
      <AuthCard title="This link is incomplete">
        <p role="alert">Open the link from the mail again, or copy the whole address.</p>
        <p className="switch"><Link to="/forgot-password">Ask for a new link</Link></p>
      </AuthCard>
    );
  }
  return (
    <main className="auth">
      <form className="auth-card" onSubmit={submit}>
        <div className="brand"><img src="/favicon.svg" alt="" width="32" height="32" /> Ordo</div>
        <h1>Choose a new password</h1>
        <label>New password
          <input name="new-password" type="password" autoComplete="new-password" required minLength={8} maxLength={128} value={password} onChange={(e) => setPassword(e.target.value)} aria-describedby="password-rules" />
        </label>
        <p className="hint" id="password-rules">At least 8 characters, and not one of the passwords most often leaked.</p>
        <label>Confirm new password
          <input name="confirm-password" type="password" autoComplete="new-password" required minLength={8} maxLength={128} value={confirm} onChange={(e) => setConfirm(e.target.value)} />
        </label>
        {error && <p className="form-error" role="alert">{error}</p>}
        <button type="submit" className="primary wide" disabled={busy}>Set new password</button>
        <p className="hint">Every device signed in to your account will be signed out.</p>
        <p className="switch">Link expired? <Link to="/forgot-password">Ask for a new one</Link></p>
      </form>
    </main>
  );
}
