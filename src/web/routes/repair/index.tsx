/**
 * The repair screens, loaded on demand as one module: "Where we are",
 * breaches with their acknowledgment and their impact and apology,
 * conversations and prompts, agreements, setbacks, commitments, needs and
 * forgiveness. The route table (routes/table.tsx) says which address opens
 * which.
 */
import { Page } from '../../components/page';
import { Link } from '../../router/link';
import '../../styles/repair.css';

export { AcknowledgmentScreen } from './acknowledgment';
export { AgreementDetailScreen } from './agreement-detail';
export { AgreementListScreen, AgreementNewScreen } from './agreements';
export { ApologyScreen } from './apology';
export { BreachDetailScreen } from './breach-detail';
export { BreachListScreen, BreachNewScreen } from './breaches';
export { CommitmentDetailScreen } from './commitment-detail';
export { CommitmentsScreen } from './commitments';
export { ConversationDetailScreen } from './conversation-detail';
export { ConversationListScreen } from './conversation-list';
export { ConversationNewScreen } from './conversation-new';
export { ForgivenessScreen } from './forgiveness';
export { NeedsScreen } from './needs';
export { NotesScreen } from './notes';
export { PromptsScreen } from './prompts';
export { ReassuranceScreen } from './reassurance';
export { SetbacksScreen } from './setbacks';
export { WhereWeAreScreen } from './where-we-are';

/** What every repair address shows a member who has no space yet. */
export function NoSpaceScreen() {
  return (
    <Page title="Where we are">
      <p>
        The path lives in your space. <Link href="/">Create your space</Link> first; you can invite
        your partner right after.
      </p>
    </Page>
  );
}
