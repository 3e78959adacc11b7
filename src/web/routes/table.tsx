/**
 * Every screen of the web app: its address pattern, who may open it, and the
 * screen itself. The screens most people open first (home, check-in, history,
 * settings, safety, joining, signing up) are part of the first screen's code;
 * the rest load on demand, the repair screens together as one module.
 */
import type { ComponentType } from 'preact';
import type { MeAnswer } from '../api/types';
import type * as RepairScreens from './repair/index';
import type * as MailLinkScreens from './mail-links';
import { LazyPage } from '../components/lazy-page';
import { matchPattern, type Params } from '../router/match';
import { CheckInPage } from './check-in';
import { HistoryPage } from './history';
import { HomePage } from './home';
import { JoinPage } from './join';
import { SafetyPage } from './safety';
import { SettingsPage } from './settings';
import { SignUpPage } from './sign-up';

/**
 * Who may open a screen:
 * - `anyone`: signed in or not; the screen is told which (`me` may be null).
 * - `signed-out`: someone signed in gets the home screen instead.
 * - `signed-in`: any account (a therapist's too); signed-out people see the
 *   welcome screen and come back here after signing in.
 * - `space`: as `signed-in`, for a member who has a space; without one the
 *   screen says to create it first.
 */
export type Access = 'anyone' | 'signed-out' | 'signed-in' | 'space';

/** What each kind of screen is handed besides its address's ids. */
interface AccessProps {
  anyone: { me: MeAnswer | null };
  'signed-out': object;
  'signed-in': { me: MeAnswer };
  space: { me: MeAnswer };
}

/** What a screen is handed, whatever its route: who is signed in and the address's ids. */
export type ScreenProps = { me: MeAnswer | null } & Record<string, string | MeAnswer | null>;

export interface Route {
  pattern: string;
  access: Access;
  screen: ComponentType<ScreenProps>;
}

/**
 * One row of the table. The compiler checks the screen against the row: it
 * must take what its access hands it and one string per `:name` in the pattern.
 */
function route<Pattern extends string, A extends Access>(
  pattern: Pattern,
  access: A,
  screen: ComponentType<AccessProps[A] & Params<Pattern>>,
): Route {
  // Checked above; stored, every screen is called the same way.
  return { pattern, access, screen: screen as unknown as ComponentType<ScreenProps> };
}

/** A screen whose code loads on first use. `load` is created once here, so it stays stable. */
function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return (props: P) => <LazyPage load={load} props={props} />;
}

type RepairModule = typeof RepairScreens;
const loadRepair = () => import('./repair/index');

/** A repair screen: they load together, as one module, the first time one opens. */
function repairScreen<Name extends keyof RepairModule>(name: Name): RepairModule[Name] {
  return lazy(() => loadRepair().then((module) => module[name])) as RepairModule[Name];
}

type MailLinkModule = typeof MailLinkScreens;
const loadMailLinks = () => import('./mail-links');

function mailLinkScreen<Name extends keyof MailLinkModule>(name: Name): MailLinkModule[Name] {
  return lazy(() => loadMailLinks().then((module) => module[name])) as MailLinkModule[Name];
}

/** Shown instead of a `space` screen to a member without a space; it loads with the repair screens. */
export const NoSpaceScreen = repairScreen('NoSpaceScreen');

export const ROUTES: readonly Route[] = [
  route('/', 'signed-in', HomePage),
  route('/check-in', 'signed-in', CheckInPage),
  route('/history', 'signed-in', HistoryPage),
  route('/safety', 'signed-in', SafetyPage),
  route('/join', 'anyone', JoinPage),
  route(
    '/support',
    'anyone',
    lazy(() => import('./support').then((module) => module.SupportPage)),
  ),
  route('/sign-up', 'signed-out', SignUpPage),
  // Links from e-mails (issue 11), loaded together on first use.
  route('/confirm-email', 'anyone', mailLinkScreen('ConfirmEmailPage')),
  route('/forgot-password', 'anyone', mailLinkScreen('ForgotPasswordPage')),
  route('/reset-password', 'anyone', mailLinkScreen('ResetPasswordPage')),
  route('/mail/unsubscribe', 'anyone', mailLinkScreen('UnsubscribePage')),
  route(
    '/docs/api',
    'anyone',
    lazy(() => import('./api-docs').then((module) => module.ApiDocsPage)),
  ),

  route('/settings', 'signed-in', SettingsPage),
  route(
    '/settings/reminders',
    'signed-in',
    lazy(() => import('./reminders').then((module) => module.RemindersPage)),
  ),
  route(
    '/settings/devices',
    'signed-in',
    lazy(() => import('./devices').then((module) => module.DevicesPage)),
  ),
  route(
    '/settings/protection',
    'signed-in',
    lazy(() => import('./protection').then((module) => module.ProtectionPage)),
  ),
  route(
    '/settings/account',
    'signed-in',
    lazy(() => import('./account').then((module) => module.AccountPage)),
  ),
  route(
    '/settings/therapist',
    'signed-in',
    lazy(() => import('./therapist-settings').then((module) => module.TherapistSettingsPage)),
  ),
  route(
    '/settings/activity',
    'signed-in',
    lazy(() => import('./activity').then((module) => module.ActivityPage)),
  ),
  route(
    '/settings/summary',
    'signed-in',
    lazy(() => import('./summary').then((module) => module.SummaryPage)),
  ),

  // The therapist's side: a therapist signs in with an ordinary account.
  route(
    '/therapist/join',
    'anyone',
    lazy(() => import('./therapist-join').then((module) => module.TherapistJoinPage)),
  ),
  route(
    '/therapist',
    'signed-in',
    lazy(() => import('./therapist-home').then((module) => module.TherapistHomePage)),
  ),
  route(
    '/therapist/couples/:spaceId',
    'signed-in',
    lazy(() => import('./therapist-couple').then((module) => module.TherapistCouplePage)),
  ),

  // Moderating the guide's comments: operators only (the server refuses anyone else).
  route(
    '/moderation',
    'signed-in',
    lazy(() => import('./moderation').then((module) => module.ModerationPage)),
  ),

  // Progress: the forecast and the pictures, a module of its own (charts load on demand).
  route(
    '/progress',
    'space',
    lazy(() => import('./progress/index').then((module) => module.ProgressScreen)),
  ),
  // The monthly trust questionnaire (issue 10), beside the pictures it feeds.
  route(
    '/progress/trust',
    'space',
    lazy(() =>
      import('./progress/trust-questionnaire').then((module) => module.TrustQuestionnaireScreen),
    ),
  ),
  // The report a partner prints for their therapist (issue 10).
  route(
    '/progress/report',
    'space',
    lazy(() => import('./report/index').then((module) => module.TherapistReportPage)),
  ),
  // The repair phase: "Where we are", breaches, conversations, agreements, setbacks.
  route('/path', 'space', repairScreen('WhereWeAreScreen')),
  route('/breaches', 'space', repairScreen('BreachListScreen')),
  route('/breaches/new', 'space', repairScreen('BreachNewScreen')),
  route('/breaches/:breachId', 'space', repairScreen('BreachDetailScreen')),
  route('/breaches/:breachId/acknowledgment', 'space', repairScreen('AcknowledgmentScreen')),
  route('/breaches/:breachId/apology', 'space', repairScreen('ApologyScreen')),
  route('/conversations', 'space', repairScreen('ConversationListScreen')),
  route('/conversations/new', 'space', repairScreen('ConversationNewScreen')),
  route('/conversations/prompts', 'space', repairScreen('PromptsScreen')),
  route('/conversations/:conversationId', 'space', repairScreen('ConversationDetailScreen')),
  route('/agreements', 'space', repairScreen('AgreementListScreen')),
  route('/agreements/new', 'space', repairScreen('AgreementNewScreen')),
  route('/agreements/:agreementId', 'space', repairScreen('AgreementDetailScreen')),
  route('/setbacks', 'space', repairScreen('SetbacksScreen')),
  // Restore: commitments (step 5).
  route('/commitments', 'space', repairScreen('CommitmentsScreen')),
  route('/commitments/:commitmentId', 'space', repairScreen('CommitmentDetailScreen')),
  // Regain: needs (step 8).
  route('/needs', 'space', repairScreen('NeedsScreen')),
  // Restore and regain: notes and gestures (step 6), reassurance (step 9).
  route('/notes', 'space', repairScreen('NotesScreen')),
  route('/reassurance', 'space', repairScreen('ReassuranceScreen')),
  // Regain: forgiveness (step 10).
  route('/forgiveness', 'space', repairScreen('ForgivenessScreen')),
];

/** The route for `path` and the ids its address names, or null when no screen lives there. */
export function findRoute(path: string): { route: Route; params: Record<string, string> } | null {
  for (const candidate of ROUTES) {
    const params = matchPattern(candidate.pattern, path);
    if (params) return { route: candidate, params };
  }
  return null;
}
