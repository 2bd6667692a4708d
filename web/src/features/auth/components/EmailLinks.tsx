// The pages the mailed links open: verify my email address, confirm a new one. They work signed in or out
// (a link may be opened on another device); signed in, the session and profile are refreshed on success.
import { Link, useSearchParams } from 'react-router';
import { session } from '../../../api/client';
import { useConfirmEmailLink, useResendVerification, useVerifyEmailLink, type LinkState } from '../api/account';
import { AuthCard } from './AuthCard';

const Working = ({ what }: { what: string }) => (
  <p role="status" aria-busy="true">
    {what}
  </p>
);

export function VerifyEmail() {
  const [params] = useSearchParams();
  const link = useVerifyEmailLink(params.get('token'));
  const signedIn = session.signedIn();
  if (link.state === 'working')
    return (
      <AuthCard title="Verify your email">
        <Working what="Verifying your email address…" />
      </AuthCard>
    );
  if (link.state === 'done') {
    return (
      <AuthCard title="Email address verified">
        <p className="notice" role="status">
          Thank you: your email address is verified.
        </p>
        {signedIn ? (
          <Link className="button primary" to="/today">
            Continue to Today
          </Link>
        ) : (
          <Link className="button primary" to="/sign-in">
            Sign in
          </Link>
        )}
      </AuthCard>
    );
  }
  return (
    <AuthCard title="This link did not work">
      <LinkFailure link={link} />
      {signedIn ? (
        <ResendLink />
      ) : (
        <p>
          Sign in to have a new link sent. <Link to="/sign-in">Sign in</Link>
        </p>
      )}
    </AuthCard>
  );
}

function LinkFailure({ link }: { link: Extract<LinkState, { state: 'failed' }> }) {
  // identity's invalid-token problem says in its detail that the link expired or was used, and what to do.
  return (
    <p className="form-error" role="alert">
      {link.message}
    </p>
  );
}

function ResendLink() {
  const resend = useResendVerification();
  if (resend.state === 'verified') {
    return (
      <>
        <p className="notice" role="status">
          Your email address is already verified.
        </p>
        <Link className="button primary" to="/today">
          Continue to Today
        </Link>
      </>
    );
  }
  return (
    <>
      {resend.state === 'sent' ? (
        <p className="notice" role="status">
          We sent a new link. It is good for 24 hours.
        </p>
      ) : (
        <button type="button" className="primary wide" disabled={resend.state === 'sending'} onClick={resend.send}>
          Send a new link
        </button>
      )}
      {resend.state === 'failed' && (
        <p className="form-error" role="alert">
          {resend.message}
        </p>
      )}
      <Link to="/today">Continue to Today</Link>
    </>
  );
}

export function ConfirmEmail() {
  const [params] = useSearchParams();
  const link = useConfirmEmailLink(params.get('token'));
  const signedIn = session.signedIn();
  if (link.state === 'working')
    return (
      <AuthCard title="Confirm your new email">
        <Working what="Changing your email address…" />
      </AuthCard>
    );
  if (link.state === 'done') {
    return (
      <AuthCard title="Email address changed">
        <p className="notice" role="status">
          Your new email address is confirmed. Use it to sign in from now on.
        </p>
        {signedIn ? (
          <Link className="button primary" to="/settings">
            Back to Settings
          </Link>
        ) : (
          <Link className="button primary" to="/sign-in">
            Sign in
          </Link>
        )}
      </AuthCard>
    );
  }
  return (
    <AuthCard title="This link did not work">
      <LinkFailure link={link} />
      <p>
        Your email address has not changed.{' '}
        {signedIn ? (
          <>
            To try again, <Link to="/settings">change it in Settings</Link>.
          </>
        ) : (
          <>
            To try again, <Link to="/sign-in">sign in</Link> and change it in Settings.
          </>
        )}
      </p>
    </AuthCard>
  );
}
