/**
 * Open conversations (step 2): the list, with each partner's private "I felt
 * safe" / "I felt heard" as the server reveals them.
 */
import { call } from '../../api/client';
import type { MeAnswer } from '../../api/types';
import { conversationOperations } from '../../../contract/operations/conversations';
import { formatDay } from '../../components/days';
import { Page } from '../../components/page';
import { PartnerFirst } from '../../components/repair/partner-first';
import { LoadState } from '../../components/repair/load-state';
import { peopleFor } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { RevealNote } from '../../components/repair/reveal-note';
import { useLoad } from '../../components/repair/use-load';
import { Link } from '../../router/link';
import { ratingLine, startedByLine } from './conversation-lines';

export function ConversationListScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const loaded = useLoad(async () => (await call(conversationOperations.listConversations)).items);
  const items = loaded.data;
  return (
    <Page title="Conversations">
      <RepairNav />
      <p class="lead">
        Open conversations, logged after you had them. Each of you says how safe and how heard you
        felt.
      </p>
      {people.partnerId ? (
        <div class="actions">
          <Link href="/conversations/new" class="button button--primary">
            Log a conversation
          </Link>
          <Link href="/conversations/prompts" class="button">
            Find a prompt to begin
          </Link>
        </div>
      ) : (
        <PartnerFirst what="A conversation" />
      )}
      <RevealNote partnerName={people.partnerName} />
      <LoadState loaded={loaded} busyText="Opening your conversations…" />
      {items && items.length === 0 && <p class="muted">No conversations logged yet.</p>}
      {items && items.length > 0 && (
        <ul class="item-list">
          {items.map((conversation) => (
            <li key={conversation.id} class="item">
              <h2 class="item__title">
                <Link href={`/conversations/${conversation.id}`}>{conversation.topic}</Link>
              </h2>
              <p class="field__hint">
                {formatDay(conversation.day)} · {conversation.minutes} minutes ·{' '}
                {startedByLine(conversation, people)}
              </p>
              <p>
                {conversation.myRating
                  ? `You ${ratingLine(conversation.myRating)}.`
                  : 'You have not said how it felt yet.'}
              </p>
              {conversation.partnerRating && (
                <p>
                  {people.nameOf(conversation.partnerRating.memberId)}{' '}
                  {ratingLine(conversation.partnerRating)}.
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
