/**
 * The trust questionnaire's months: the milestones in words (where the
 * author's answers changed clearly since their first month — Jacobson–Truax,
 * with provisional constants — never a grade), each of the author's months
 * with its share choice, and the months the partner chose to share.
 */
import { call } from '../../api/client';
import type { TrustMilestonesAnswer, TrustQuestion, TrustQuestionnaire } from '../../api/types';
import { trustQuestionnaireOperations } from '../../../contract/operations/trust-questionnaires';
import {
  formatMonth,
  milestoneWords,
  noMilestoneWords,
  scoreWords,
  TRUST_SUBSCALE_ABOUT,
  TRUST_SUBSCALE_NAMES,
  TRUST_SUBSCALES,
} from '../../components/regain/trust-words';
import type { People } from '../../components/repair/people';
import { ShareToggle } from '../../components/share-toggle';

export function TrustMilestonesPart({
  milestones,
  count,
}: {
  milestones: TrustMilestonesAnswer;
  count: number;
}) {
  if (count === 0) return null;
  return (
    <section aria-labelledby="trust-milestones-heading">
      <h2 id="trust-milestones-heading">What has changed clearly</h2>
      {milestones.changes.length === 0 ? (
        <p>{noMilestoneWords(count)}</p>
      ) : (
        <ul class="plain-list">
          {milestones.changes.map((change) => (
            <li key={change.subscale}>{milestoneWords(change, milestones.fromMonth)}</li>
          ))}
        </ul>
      )}
      <p class="field__hint">
        A change counts here only when it is larger than answers usually wander from month to month.
        Only you see this.
      </p>
    </section>
  );
}

/** One month's three subscales, each with what it is about. */
function Scores({ questionnaire }: { questionnaire: TrustQuestionnaire }) {
  return (
    <dl class="plain-list">
      {TRUST_SUBSCALES.map((subscale) => (
        <div key={subscale}>
          <dt>
            {TRUST_SUBSCALE_NAMES[subscale]}: {scoreWords(questionnaire.scores[subscale])}
          </dt>
          <dd class="field__hint">{TRUST_SUBSCALE_ABOUT[subscale]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The statements and what was answered to each, folded away until asked for. */
function Answers({
  questionnaire,
  items,
}: {
  questionnaire: TrustQuestionnaire;
  items: TrustQuestion[];
}) {
  return (
    <details>
      <summary>The answers</summary>
      <dl class="plain-list">
        {items.map((item, index) => (
          <div key={item.id}>
            <dt>{item.text}</dt>
            <dd>{questionnaire.answers[index] ?? '–'} of 7</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function MyTrustMonths({
  mine,
  items,
  people,
  onChanged,
}: {
  mine: TrustQuestionnaire[];
  items: TrustQuestion[];
  people: People;
  onChanged: (questionnaire: TrustQuestionnaire) => void;
}) {
  if (mine.length === 0) return null;
  return (
    <section aria-labelledby="trust-months-heading">
      <h2 id="trust-months-heading">Your months</h2>
      <ul class="item-list">
        {[...mine].reverse().map((questionnaire) => (
          <li class="item" key={questionnaire.id}>
            <h3 class="item__title">{formatMonth(questionnaire.month)}</h3>
            <Scores questionnaire={questionnaire} />
            <Answers questionnaire={questionnaire} items={items} />
            <ShareMonth questionnaire={questionnaire} people={people} onChanged={onChanged} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Share one month, or keep it private again; said plainly before and after. */
function ShareMonth({
  questionnaire,
  people,
  onChanged,
}: {
  questionnaire: TrustQuestionnaire;
  people: People;
  onChanged: (questionnaire: TrustQuestionnaire) => void;
}) {
  const partner = people.partnerName;
  const month = formatMonth(questionnaire.month);
  return (
    <ShareToggle
      id={questionnaire.id}
      shared={questionnaire.shared}
      hint={
        questionnaire.shared
          ? `Shared: ${partner} can read this month’s answers. You can keep it private again at any time.`
          : 'Private: only you see it.'
      }
      shareLabel={`Share ${month} with ${partner}`}
      said={(shared) =>
        shared
          ? `${partner} can now read your answers for ${month}.`
          : `Your answers for ${month} are private again: only you see them.`
      }
      share={async (shared) => {
        const answer = await call(trustQuestionnaireOperations.shareTrustQuestionnaire, {
          params: { questionnaireId: questionnaire.id },
          body: { shared },
        });
        onChanged(answer.questionnaire);
      }}
    />
  );
}

export function SharedTrustMonths({
  shared,
  items,
  people,
}: {
  shared: TrustQuestionnaire[];
  items: TrustQuestion[];
  people: People;
}) {
  if (shared.length === 0) return null;
  return (
    <section aria-labelledby="trust-shared-heading">
      <h2 id="trust-shared-heading">Shared with you</h2>
      <ul class="item-list">
        {[...shared].reverse().map((questionnaire) => (
          <li class="item" key={questionnaire.id}>
            <h3 class="item__title">
              {people.nameOf(questionnaire.authorId)}’s answers for{' '}
              {formatMonth(questionnaire.month)}
            </h3>
            <Scores questionnaire={questionnaire} />
            <Answers questionnaire={questionnaire} items={items} />
          </li>
        ))}
      </ul>
    </section>
  );
}
