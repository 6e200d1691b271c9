/**
 * The router and the Apollo client, created once for the page. A session that the server ends
 * (UNAUTHENTICATED, or the socket closed with 4401) sends the user to the login page with the page
 * they were on, so they land there again after signing in.
 */
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { apollo, onSessionExpired } from './client';
import { session, useAccess, useSession } from './session-hooks';
import { loginUrl } from './navigation';
import { SCREENS, type ScreenRoute } from './routes';
import BasicLayout from './layout/BasicLayout';
import PhoneLayout from './layout/PhoneLayout';
import PageLoading from '../components/PageLoading';
import Forbidden from '../components/Forbidden';
import LoginPage from '../pages/Login';
import NotFound from '../pages/NotFound';

// The guard below does the redirect (keeping the page asked for); the session only says why it ended.
onSessionExpired(() => {
  session.clear('expired');
  void apollo.reset();
});

/** Signed out → the login page, remembering where the user wanted to go. */
function RequireSession({ children }: { children: React.ReactNode }) {
  const s = useSession();
  const loc = useLocation();
  if (!s) return <Navigate to={loginUrl(`${loc.pathname}${loc.search}`, session.endReason())} replace />;
  return <>{children}</>;
}

/** A screen the roles may not use shows 无权查看 (the server would refuse its data anyway). */
function Screen({ route }: { route: ScreenRoute }) {
  const access = useAccess();
  if (!access[route.access]) return <Forbidden />;
  const Page = route.page;
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

/**
 * `/` opens the first menu entry the roles may use — a page made for the phone first: the roles that
 * have one (grid workers, out in their grid all day) land there, not on a desktop list.
 */
function Home() {
  const access = useAccess();
  const usable = SCREENS.filter((r) => r.menu && access[r.access]);
  const first = usable.find((r) => r.layout === 'phone') ?? usable[0];
  return first ? <Navigate to={first.path} replace /> : <Forbidden />;
}

// 居民自助: public pages for residents (no staff account, no session guard), loaded on demand.
const ResidentPage = lazy(() => import('../pages/Resident'));
const ResidentRatePage = lazy(() => import('../pages/Resident/RatePage'));
const publicPage = (Page: React.ComponentType) => <Suspense fallback={<PageLoading />}><Page /></Suspense>;

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/resident', element: publicPage(ResidentPage) },
  { path: '/resident/rate', element: publicPage(ResidentRatePage) },
  // Outside both layouts: `/` only decides where to go, so a grid worker never sees the desktop shell on the way.
  { path: '/', element: <RequireSession><Home /></RequireSession> },
  {
    element: (
      <RequireSession>
        <BasicLayout />
      </RequireSession>
    ),
    children: [
      ...SCREENS.filter((r) => r.layout !== 'phone').map((route) => ({ path: route.path, element: <Screen route={route} /> })),
      { path: '*', element: <NotFound /> },
    ],
  },
  {
    // Pages made for a phone: a compact header instead of the side menu (BasicLayout's at 390 px is a desktop's).
    element: (
      <RequireSession>
        <PhoneLayout />
      </RequireSession>
    ),
    children: SCREENS.filter((r) => r.layout === 'phone').map((route) => ({ path: route.path, element: <Screen route={route} /> })),
  },
]);
