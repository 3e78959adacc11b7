/**
 * The repair screens, loaded on demand as one module: "Where we are",
 * breaches with their acknowledgment and their impact and apology,
 * conversations and prompts, agreements, setbacks. The address names at most
 * an entry's id; everything else is asked of the server.
 */
import type { JSX } from 'preact';
import type { MeAnswer } from '../../api/types';
import { Page } from '../../components/page';
import { Link } from '../../router/link';
import { NotFoundPage } from '../not-found';
import { AcknowledgmentScreen } from './acknowledgment';
import { AgreementDetailScreen } from './agreement-detail';
import { AgreementListScreen, AgreementNewScreen } from './agreements';
import { ApologyScreen } from './apology';
import { BreachDetailScreen } from './breach-detail';
import { BreachListScreen, BreachNewScreen } from './breaches';
import { ConversationDetailScreen } from './conversation-detail';
import { ConversationListScreen } from './conversation-list';
import { ConversationNewScreen } from './conversation-new';
import { PromptsScreen } from './prompts';
import { SetbacksScreen } from './setbacks';
import { WhereWeAreScreen } from './where-we-are';
import '../../styles/repair.css';

const ID = '([0-9a-fA-F-]{36})';

const ROUTES: [RegExp, (me: MeAnswer, id: string) => JSX.Element][] = [
  [/^\/path$/, (me) => <WhereWeAreScreen me={me} />],
  [/^\/breaches$/, (me) => <BreachListScreen me={me} />],
  [/^\/breaches\/new$/, (me) => <BreachNewScreen me={me} />],
  [new RegExp(`^/breaches/${ID}$`), (me, id) => <BreachDetailScreen me={me} breachId={id} />],
  [
    new RegExp(`^/breaches/${ID}/acknowledgment$`),
    (me, id) => <AcknowledgmentScreen me={me} breachId={id} />,
  ],
  [new RegExp(`^/breaches/${ID}/apology$`), (me, id) => <ApologyScreen me={me} breachId={id} />],
  [/^\/conversations$/, (me) => <ConversationListScreen me={me} />],
  [/^\/conversations\/new$/, (me) => <ConversationNewScreen me={me} />],
  [/^\/conversations\/prompts$/, (me) => <PromptsScreen me={me} />],
  [
    new RegExp(`^/conversations/${ID}$`),
    (me, id) => <ConversationDetailScreen me={me} conversationId={id} />,
  ],
  [/^\/agreements$/, (me) => <AgreementListScreen me={me} />],
  [/^\/agreements\/new$/, (me) => <AgreementNewScreen me={me} />],
  [
    new RegExp(`^/agreements/${ID}$`),
    (me, id) => <AgreementDetailScreen me={me} agreementId={id} />,
  ],
  [/^\/setbacks$/, (me) => <SetbacksScreen me={me} />],
];

export function RepairScreen({ me, path }: { me: MeAnswer; path: string }) {
  if (!me.space) {
    return (
      <Page title="Where we are">
        <p>
          The path lives in your space. <Link href="/">Create your space</Link> first; you can
          invite your partner right after.
        </p>
      </Page>
    );
  }
  for (const [pattern, screen] of ROUTES) {
    const match = pattern.exec(path);
    if (match) return screen(me, match[1] ?? '');
  }
  return <NotFoundPage />;
}
