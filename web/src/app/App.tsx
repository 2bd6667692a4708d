// Routes, and the gate between them: signed-out visitors see sign in / sign up, a session that ends
// (refresh refused) returns to sign in; the pages mailed links open are there for both.
import { useEffect, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { session } from '../api/client';
import { Activity } from '../features/activity';
import { Calendar } from '../features/calendar';
import {
  ConfirmEmail,
  ForgotPassword,
  ResetPassword,
  SignIn,
  SignUp,
  useSignedIn,
  VerifyEmail,
} from '../features/auth';
import { FilterResults, FiltersLabels, LabelView, SavedFilterView } from '../features/filters';
import { Members, MyInvitations } from '../features/people';
import { SearchResults } from '../features/search';
import { Settings } from '../features/settings';
import { Completed, ProjectPage, Today, Upcoming } from '../features/tasks';
import { Layout } from './Layout';

function RequireSession({ children }: { children: ReactNode }) {
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
        const next =
          location.pathname === '/' ? '' : `&next=${encodeURIComponent(location.pathname + location.search)}`;
        navigate(`/sign-in?expired=1${next}`, { replace: true });
      }
    }
    // Only on a change of session, not of location.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signedIn]);
  return signedIn ? <>{children}</> : null;
}

/**
 * The signed-out pages: once a session starts (signing in here, or in another tab) they give way to the page the
 * visitor was sent from (`next`, a path of this app) or to Today.
 */
function Public({ children }: { children: ReactNode }) {
  const [params] = useSearchParams();
  const next = params.get('next');
  const to = next && next.startsWith('/') && !next.startsWith('//') ? next : '/today';
  return useSignedIn() ? <Navigate to={to} replace /> : <>{children}</>;
}

export function App() {
  return (
    <Routes>
      <Route
        path="/sign-in"
        element={
          <Public>
            <SignIn />
          </Public>
        }
      />
      <Route
        path="/sign-up"
        element={
          <Public>
            <SignUp />
          </Public>
        }
      />
      <Route
        path="/forgot-password"
        element={
          <Public>
            <ForgotPassword />
          </Public>
        }
      />
      {/* The pages mailed links open, signed in or not: the link may be opened on another device. */}
      <Route path="/verify-email" element={<VerifyEmail />} />
      <Route path="/confirm-email" element={<ConfirmEmail />} />
      <Route path="/reset-password" element={<ResetPassword />} />
      <Route
        element={
          <RequireSession>
            <Layout />
          </RequireSession>
        }
      >
        <Route index element={<Navigate to="/today" replace />} />
        <Route path="/today" element={<Today />} />
        <Route path="/upcoming" element={<Upcoming />} />
        <Route path="/calendar" element={<Calendar />} />
        <Route path="/completed" element={<Completed />} />
        <Route path="/inbox" element={<ProjectPage inbox />} />
        <Route path="/projects/:id" element={<ProjectPage />} />
        <Route path="/projects/:id/members" element={<Members />} />
        <Route path="/labels/:name" element={<LabelView />} />
        <Route path="/filters" element={<FiltersLabels />} />
        <Route path="/filters/search" element={<FilterResults />} />
        <Route path="/filters/:id" element={<SavedFilterView />} />
        <Route path="/search" element={<SearchResults />} />
        <Route path="/invitations" element={<MyInvitations />} />
        <Route path="/activity" element={<Activity />} />
        <Route path="/settings" element={<Settings />} />
        <Route
          path="*"
          element={
            <section className="view">
              <h1>Not found</h1>
              <p>There is nothing at this address.</p>
            </section>
          }
        />
      </Route>
    </Routes>
  );
}
