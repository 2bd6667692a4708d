// Routes, and the gate between them: signed-out visitors see sign in / sign up, a session that ends
// (refresh refused) returns to sign in; the pages mailed links open are there for both.
import { useEffect, useSyncExternalStore } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { session } from '../api/client';
import { Layout } from './Layout';
import { SignIn, SignUp } from '../pages/Auth';
import { ConfirmEmail, VerifyEmail } from '../pages/EmailLinks';
import { ForgotPassword, ResetPassword } from '../pages/Password';
import { LabelView, SavedFilterView, Search, Today, Upcoming } from '../pages/Views';
import { ProjectPage } from '../pages/Project';
import { Members, MyInvitations } from '../pages/People';
import { Activity, Settings } from '../pages/Settings';
import { FiltersLabels } from '../pages/FiltersLabels';

const subscribe = (onChange: () => void) => {
  const off = session.onChange(onChange);
  window.addEventListener('storage', onChange);
  return () => { off(); window.removeEventListener('storage', onChange); };
};

function useSignedIn() {
  return useSyncExternalStore(subscribe, () => session.signedIn());
}

function RequireSession({ children }: { children: React.ReactNode }) {
  const signedIn = useSignedIn();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  useEffect(() => {
    if (!signedIn) {
      client.clear();
      if (session.endedBySignOut()) {
        navigate('/sign-in', { replace: true });
      } else {
        const next = location.pathname === '/' ? '' : `&next=${encodeURIComponent(location.pathname + location.search)}`;
        navigate(`/sign-in?expired=1${next}`, { replace: true });
      }
    }
  }, [signedIn]); // only on a change of session, not of location
  return signedIn ? <>{children}</> : null;
}

function Public({ children }: { children: React.ReactNode }) {
  return useSignedIn() ? <Navigate to="/today" replace /> : <>{children}</>;
}

export function App() {
  return (
    <Routes>
      <Route path="/sign-in" element={<Public><SignIn /></Public>} />
      <Route path="/sign-up" element={<Public><SignUp /></Public>} />
      <Route path="/forgot-password" element={<Public><ForgotPassword /></Public>} />
      {/* The pages mailed links open, signed in or not: the link may be opened on another device. */}
      <Route path="/verify-email" element={<VerifyEmail />} />
      <Route path="/confirm-email" element={<ConfirmEmail />} />
      <Route path="/reset-password" element={<ResetPassword />} />
      <Route element={<RequireSession><Layout /></RequireSession>}>
        <Route index element={<Navigate to="/today" replace />} />
        <Route path="/today" element={<Today />} />
        <Route path="/upcoming" element={<Upcoming />} />
        <Route path="/inbox" element={<ProjectPage inbox />} />
        <Route path="/projects/:id" element={<ProjectPage />} />
        <Route path="/projects/:id/members" element={<Members />} />
        <Route path="/labels/:name" element={<LabelView />} />
        <Route path="/filters" element={<FiltersLabels />} />
        <Route path="/filters/:id" element={<SavedFilterView />} />
        <Route path="/search" element={<Search />} />
        <Route path="/invitations" element={<MyInvitations />} />
        <Route path="/activity" element={<Activity />} />
        <Route path="/settings" element={<Settings />} />
        <Route path="*" element={<section className="view"><h1>Not found</h1><p>There is nothing at this address.</p></section>} />
      </Route>
    </Routes>
  );
}
