// The banner an account sees until it has proved its email address, with "Resend".
import { useEffect } from 'react';
import { session } from '../../../api/client';
import type { User } from '../../../api/types';
import { useAccountRefresh, useResendVerification } from '../api/account';

export function VerifyBanner({ user }: { user: User | undefined }) {
  const refresh = useAccountRefresh();
  const verified = user?.emailVerified === true;
  // Verified elsewhere (another device, a link opened while signed out): the access token still says
  // email_verified=false until it is renewed, and the services believe the token.
  useEffect(() => {
    if (verified && session.claims()?.email_verified === false) void refresh();
    // Once per change of the profile's verification: refresh is a new function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [verified]);
  if (!user || user.emailVerified !== false) return null;
  return <Banner email={user.email} />;
}

function Banner({ email }: { email: string }) {
  const resend = useResendVerification();
  if (resend.state === 'verified') return null;
  return (
    <section className="banner" aria-label="Email verification">
      <p>
        <strong>Verify your email address</strong> — we sent a link to {email}.{' '}
        <span role="status">{resend.state === 'sent' ? 'A new link is on its way.' : ''}</span>
        {resend.state === 'failed' && (
          <span className="form-error" role="alert">
            {resend.message}
          </span>
        )}
      </p>
      {resend.state !== 'sent' && (
        <button type="button" disabled={resend.state === 'sending'} onClick={resend.send}>
          Resend
        </button>
      )}
    </section>
  );
}
