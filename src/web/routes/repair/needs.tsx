/**
 * Needs (step 8): each partner lists what they need, in their own words, and
 * the other says "I understand this need". New words are a new version that
 * asks for understanding again; retiring keeps everything. How much a need
 * matters is said in words, never scored, and nothing is shown as missing.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { MeAnswer, Need } from '../../api/types';
import { needOperations } from '../../../contract/operations/needs';
import { formatDate } from '../../components/instants';
import { Page } from '../../components/page';
import { focusSoon } from '../../components/repair/focus';
import { LoadState } from '../../components/repair/load-state';
import { peopleFor, type People } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { useLoad } from '../../components/repair/use-load';
import { Link } from '../../router/link';
import {
  earlierVersions,
  groupNeeds,
  importanceWords,
  NEED_CATEGORY_LABELS,
  understoodWords,
} from '../../components/regain/need-words';
import { AcknowledgeButton, NeedForm, OwnNeedActions } from './need-forms';

export function NeedsScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const loaded = useLoad(async () => (await call(needOperations.listNeeds)).items);
  const items = loaded.data;
  const groups = items ? groupNeeds(items, people.myId) : null;
  const replace = (changed: Need) =>
    loaded.set((items ?? []).map((item) => (item.id === changed.id ? changed : item)));
  const partners = `${people.partnerName}’s needs`;
  return (
    <Page title="Needs">
      <RepairNav />
      <aside class="note-box" aria-labelledby="needs-about-heading">
        <h2 id="needs-about-heading">What each of you needs</h2>
        <p>
          Name what you need to feel safe again — more time together, plain answers, some space — in
          your own words. Your partner reads each one and can say “I understand this need”. If you
          put a need in new words, your partner reads it again. Nothing is deleted.
        </p>
      </aside>
      <LoadState loaded={loaded} busyText="Opening your needs…" />
      {groups && (
        <>
          <NeedGroup
            id="my-needs"
            title="Your needs"
            empty="You have not listed a need yet."
            needs={groups.mine}
            people={people}
            onChanged={replace}
          />
          <NeedGroup
            id="partner-needs"
            title={partners}
            empty={`${people.partnerName} has not listed a need yet.`}
            needs={groups.partners}
            people={people}
            onChanged={replace}
          />
          {groups.retired.length > 0 && (
            <details class="path-more">
              <summary>Retired needs ({groups.retired.length})</summary>
              <ul class="item-list" aria-label="Retired needs">
                {groups.retired.map((need) => (
                  <NeedItem key={need.id} need={need} people={people} onChanged={replace} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <section class="card" aria-labelledby="list-need-heading">
        <h2 id="list-need-heading">List a need</h2>
        <NeedForm onSaved={(made) => loaded.set([...(items ?? []), made])} />
      </section>
    </Page>
  );
}

function NeedGroup({
  id,
  title,
  empty,
  needs,
  people,
  onChanged,
}: {
  id: string;
  title: string;
  empty: string;
  needs: Need[];
  people: People;
  onChanged: (need: Need) => void;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {title}
      </h2>
      {needs.length === 0 && <p class="muted">{empty}</p>}
      {needs.length > 0 && (
        <ul class="item-list">
          {needs.map((need) => (
            <NeedItem key={need.id} need={need} people={people} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}

function NeedItem({
  need,
  people,
  onChanged,
}: {
  need: Need;
  people: People;
  onChanged: (need: Need) => void;
}) {
  const mine = people.isMe(need.authorId);
  const [revising, setRevising] = useState(false);
  const titleId = `need-${need.id}-title`;
  const earlier = earlierVersions(need);
  const retired = need.status === 'retired';
  const afterRetire = (changed: Need) => {
    onChanged(changed);
    // The need moves into the folded Retired section; go on from the group's heading.
    focusSoon('my-needs-heading');
  };
  return (
    <li class="item" aria-labelledby={titleId}>
      <h3 class="item__title" id={titleId} tabIndex={-1}>
        {NEED_CATEGORY_LABELS[need.current.category]}
        {retired && <span class="tag">Retired</span>}
      </h3>
      <p class="quote">{need.current.text}</p>
      <p class="field__hint">
        {retired ? `${people.possessive(need.authorId)} need · ` : ''}
        {importanceWords(need.current.importance)}
        {' · '}
        {retired && need.retiredAt
          ? `retired ${formatDate(need.retiredAt)}`
          : understoodWords(need, mine, people.partnerName)}
      </p>
      {need.can.acknowledge && <AcknowledgeButton need={need} onChanged={onChanged} />}
      {!mine && !retired && (
        <p>
          <Link href={`/commitments?need=${encodeURIComponent(need.id)}`}>
            Make a commitment for this need
          </Link>
        </p>
      )}
      {mine && need.can.edit && !revising && (
        <OwnNeedActions
          need={need}
          partnerName={people.partnerName}
          onRevise={() => {
            setRevising(true);
            focusSoon(`need-${need.id}-text`);
          }}
          onRetired={afterRetire}
        />
      )}
      {mine && revising && (
        <NeedForm
          need={need}
          onSaved={(changed) => {
            setRevising(false);
            onChanged(changed);
            focusSoon(titleId);
          }}
          onCancel={() => {
            setRevising(false);
            focusSoon(titleId);
          }}
        />
      )}
      {earlier.length > 0 && (
        <details>
          <summary>Earlier words ({earlier.length})</summary>
          <ol class="plain-list">
            {earlier.map((version) => (
              <li key={version.id}>
                <p class="field__hint">
                  Version {version.version}, {formatDate(version.createdAt)} ·{' '}
                  {NEED_CATEGORY_LABELS[version.category]} · {importanceWords(version.importance)}
                </p>
                <p class="quote">{version.text}</p>
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
