/**
 * Picks the screen for the current path and session. Signed-out people see
 * the welcome screen for any private path and return there after signing in.
 */
import { HomePage } from './routes/home';
import { CheckInPage } from './routes/check-in';
import { HistoryPage } from './routes/history';
import { JoinPage } from './routes/join';
import { NotFoundPage } from './routes/not-found';
import { SafetyPage } from './routes/safety';
import { SettingsPage } from './routes/settings';
import { SignUpPage } from './routes/sign-up';
import { WelcomePage } from './routes/welcome';
import { Layout } from './components/layout';
import { LazyPage } from './components/lazy-page';
import { route } from './router/router';
import { session } from './state/session';
import { useStore } from './state/store';
import type { MeAnswer } from './api/endpoints';

const loadApiDocs = () => import('./routes/api-docs').then((module) => module.ApiDocsPage);

const PRIVATE_PATHS = new Set(['/check-in', '/history', '/settings', '/safety']);

function screenFor(path: string, me: MeAnswer | null) {
  switch (path) {
    case '/docs/api':
      return <LazyPage load={loadApiDocs} />;
    case '/join':
      return <JoinPage me={me} />;
    case '/sign-up':
      return me ? <HomePage me={me} /> : <SignUpPage />;
  }
  if (!me) {
    return path === '/' || PRIVATE_PATHS.has(path) ? (
      <WelcomePage returnTo={path} />
    ) : (
      <NotFoundPage />
    );
  }
  switch (path) {
    case '/':
      return <HomePage me={me} />;
    case '/check-in':
      return <CheckInPage me={me} />;
    case '/history':
      return <HistoryPage me={me} />;
    case '/settings':
      return <SettingsPage me={me} />;
    case '/safety':
      return <SafetyPage />;
    default:
      return <NotFoundPage />;
  }
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
      <div key={visit}>{screenFor(path, me)}</div>
    </Layout>
  );
}
