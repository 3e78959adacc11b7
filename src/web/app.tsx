/**
 * Picks the screen for the current path and session from the route table
 * (routes/table.tsx). Signed-out people see the welcome screen for any
 * private path and return there after signing in.
 */
import { HomePage } from './routes/home';
import { NotFoundPage } from './routes/not-found';
import { WelcomePage } from './routes/welcome';
import { findRoute, NoSpaceScreen } from './routes/table';
import { Layout } from './components/layout';
import { route } from './router/router';
import { session } from './state/session';
import { useStore } from './state/store';
import type { MeAnswer } from './api/types';
import { ReassuranceNotice } from './components/kindness/reassurance-notice';

function screenFor(path: string, me: MeAnswer | null) {
  const found = findRoute(path);
  if (!found) return <NotFoundPage />;
  const { screen: Screen, access } = found.route;
  if (access === 'anyone') return <Screen {...found.params} me={me} />;
  if (access === 'signed-out') return me ? <HomePage me={me} /> : <Screen me={null} />;
  if (!me) return <WelcomePage returnTo={path} />;
  if (access === 'space' && !me.space) return <NoSpaceScreen />;
  return <Screen {...found.params} me={me} />;
}

export function App() {
  const state = useStore(session);
  const { path, visit } = useStore(route);
  if (state.status === 'loading') {
    return <p class="opening">Opening Mend…</p>;
  }
  const me = state.status === 'signed-in' ? state.me : null;
  return (
    <Layout signedIn={me !== null}>
      {/* A fresh key per visit: opening a screen again reloads what it shows. */}
      <div key={visit}>
        {/* The partner's request for reassurance, on every screen but the one that answers it. */}
        {me?.space && path !== '/reassurance' && <ReassuranceNotice me={me} />}
        {screenFor(path, me)}
      </div>
    </Layout>
  );
}
