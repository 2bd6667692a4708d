// Sign in and sign up: the only screens without the sidebar.
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSignIn, useSignUp } from '../api/account';

function AuthForm({ mode }: { mode: 'sign-in' | 'sign-up' }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();
  const signUp = useSignUp();
  const [params] = useSearchParams();
  const expired = params.get('expired') === '1';
  const reset = params.get('reset') === '1';
  const sent = mode === 'sign-up' ? signUp : signIn;
  const error = sent.error?.message ?? null;
  const busy = sent.isPending;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Once the session starts, the app's gate for signed-out pages goes on to `next` (or Today).
    if (mode === 'sign-up') signUp.mutate({ name, email, password });
    else signIn.mutate({ email, password });
  };
  const title = mode === 'sign-up' ? 'Create your Ordo account' : 'Sign in to Ordo';
  return (
    <main className="auth">
      <form className="auth-card" onSubmit={submit} noValidate={false}>
        <div className="brand">
          <img src="/favicon.svg" alt="" width="32" height="32" /> Ordo
        </div>
        <h1>{title}</h1>
        {expired && mode === 'sign-in' && (
          <p className="notice" role="status">
            Your session has ended. Please sign in again.
          </p>
        )}
        {reset && mode === 'sign-in' && (
          <p className="notice" role="status">
            Your password has been changed and every device was signed out. Sign in with your new password.
          </p>
        )}
        {mode === 'sign-up' && (
          <label>
            Name
            <input
              name="name"
              autoComplete="name"
              required
              maxLength={100}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
        )}
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
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
            required
            minLength={mode === 'sign-up' ? 8 : undefined}
            maxLength={128}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {mode === 'sign-up' && (
          <p className="hint">At least 8 characters. We will send a link to this address to make sure it is yours.</p>
        )}
        {mode === 'sign-in' && (
          <p className="hint forgot">
            <Link to="/forgot-password">Forgot password?</Link>
          </p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary wide" disabled={busy}>
          {mode === 'sign-up' ? 'Create account' : 'Sign in'}
        </button>
        <p className="switch">
          {mode === 'sign-up' ? (
            <>
              Have an account? <Link to="/sign-in">Sign in</Link>
            </>
          ) : (
            <>
              New to Ordo? <Link to="/sign-up">Create an account</Link>
            </>
          )}
        </p>
      </form>
    </main>
  );
}

export const SignIn = () => <AuthForm mode="sign-in" />;
export const SignUp = () => <AuthForm mode="sign-up" />;
