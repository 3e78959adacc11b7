/**
 * Picks the screen for the current path and session. Signed-out people see
 * the welcome screen for any private path and return there after signing in.
 * Screens most people open rarely (settings' inner screens, the therapist's
 * side, the API reference) load on demand.
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
import { isRepairPath } from './routes/repair/paths';
import { Layout } from './components/layout';
import { LazyPage } from './components/lazy-page';
import { route } from './router/router';
import { session } from './state/session';
import { useStore } from './state/store';
import type { MeAnswer } from './api/types';

const loadApiDocs = () => import('./routes/api-docs').then((module) => module.ApiDocsPage);
const loadDevices = () => import('./routes/devices').then((module) => module.DevicesPage);
const loadProtection = () => import('./routes/protection').then((module) => module.ProtectionPage);
const loadAccount = () => import('./routes/account').then((module) => module.AccountPage);
const loadTherapist = () =>
  import('./routes/therapist-settings').then((module) => module.TherapistSettingsPage);
const loadActivity = () => import('./routes/activity').then((module) => module.ActivityPage);
const loadSummary = () => import('./routes/summary').then((module) => module.SummaryPage);
const loadTherapistJoin = () =>
  import('./routes/therapist-join').then((module) => module.TherapistJoinPage);
const loadTherapistHome = () =>
  import('./routes/therapist-home').then((module) => module.TherapistHomePage);
const loadTherapistCouple = () =>
  import('./routes/therapist-couple').then((module) => module.TherapistCouplePage);
const loadRepair = () => import('./routes/repair/index').then((module) => module.RepairScreen);

const PRIVATE_PATHS = new Set([
  '/check-in',
  '/history',
  '/settings',
  '/safety',
  '/settings/devices',
  '/settings/protection',
  '/settings/account',
  '/settings/therapist',
  '/settings/activity',
  '/settings/summary',
  '/therapist',
  '/therapist/couple',
]);

function screenFor(path: string, me: MeAnswer | null) {
  switch (path) {
    case '/docs/api':
      return <LazyPage load={loadApiDocs} />;
    case '/join':
      return <JoinPage me={me} />;
    case '/therapist/join':
      return <LazyPage load={loadTherapistJoin} props={{ me }} />;
    case '/sign-up':
      return me ? <HomePage me={me} /> : <SignUpPage />;
  }
  if (!me) {
    return path === '/' || PRIVATE_PATHS.has(path) || isRepairPath(path) ? (
      <WelcomePage returnTo={path} />
    ) : (
      <NotFoundPage />
    );
  }
  // The repair phase's screens: "Where we are", breaches, conversations, agreements, setbacks.
  if (isRepairPath(path)) return <LazyPage load={loadRepair} props={{ me, path }} />;
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
    case '/settings/devices':
      return <LazyPage load={loadDevices} />;
    case '/settings/protection':
      return <LazyPage load={loadProtection} />;
    case '/settings/account':
      return <LazyPage load={loadAccount} props={{ me }} />;
    case '/settings/therapist':
      return <LazyPage load={loadTherapist} props={{ me }} />;
    case '/settings/activity':
      return <LazyPage load={loadActivity} props={{ me }} />;
    case '/settings/summary':
      return <LazyPage load={loadSummary} />;
    case '/therapist':
      return <LazyPage load={loadTherapistHome} />;
    case '/therapist/couple':
      return <LazyPage load={loadTherapistCouple} />;
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
