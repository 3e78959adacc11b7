/**
 * The author's own reflections (forgiveness, step 10): how each subscale moved
 * over time, as a calm line and in words, and each reflection by date with
 * the choice to share it with the partner or keep it private again. Only the
 * author is ever shown this; the partner sees a reflection only once it is
 * shared, in its own section, and never the trend.
 */
import { call } from '../../api/client';
import type { Reflection, ReflectionQuestion } from '../../api/types';
import { forgivenessOperations } from '../../../contract/operations/forgiveness';
import { formatDay } from '../../components/days';
import {
  answerWords,
  FORGIVENESS_SUBSCALES,
  scoresSentence,
} from '../../components/regain/forgiveness-words';
import { SubscaleLine } from '../../components/regain/subscale-line';
import type { People } from '../../components/repair/people';
import { ShareToggle } from '../../components/share-toggle';

export function MyReflections({
  mine,
  items,
  people,
  onChanged,
}: {
  mine: Reflection[];
  items: ReflectionQuestion[];
  people: People;
  onChanged: (reflection: Reflection) => void;
}) {
  if (mine.length === 0) return null;
  return (
    <section aria-labelledby="trend-heading">
      <h2 id="trend-heading">Your reflections over time</h2>
      <p class="muted">Only you see this. Each line is yours alone, whatever you share.</p>
      {FORGIVENESS_SUBSCALES.map((subscale) => (
        <SubscaleLine
          key={subscale}
          subscale={subscale}
          points={mine.map((reflection) => ({
            day: reflection.day,
            score: reflection.scores[subscale],
          }))}
        />
      ))}
      <h3 class="subheading">Each reflection</h3>
      <ul class="item-list">
        {[...mine].reverse().map((reflection) => (
          <li class="item" key={reflection.id}>
            <h4 class="item__title">Your reflection of {formatDay(reflection.day)}</h4>
            <p>{scoresSentence(reflection.scores)}</p>
            <Answers reflection={reflection} items={items} />
            <ShareReflection reflection={reflection} people={people} onChanged={onChanged} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Share one reflection, or keep it private again; said plainly before and after. */
function ShareReflection({
  reflection,
  people,
  onChanged,
}: {
  reflection: Reflection;
  people: People;
  onChanged: (reflection: Reflection) => void;
}) {
  const partner = people.partnerName;
  return (
    <ShareToggle
      id={reflection.id}
      shared={reflection.shared}
      hint={
        reflection.shared
          ? `Shared: ${partner} can read this reflection’s answers (never your line over time). You can keep it private again at any time.`
          : `Private: only you see it. Sharing lets ${partner} read this reflection’s answers, and you can keep it private again at any time.`
      }
      shareLabel={`Share it with ${partner}`}
      said={(shared) =>
        shared
          ? `${partner} can now read this reflection.`
          : 'This reflection is private again: only you see it.'
      }
      share={async (shared) => {
        const answer = await call(forgivenessOperations.shareReflection, {
          params: { reflectionId: reflection.id },
          body: { shared },
        });
        onChanged(answer.reflection);
      }}
    />
  );
}

/** The statements and what was answered to each, folded away until asked for. */
function Answers({ reflection, items }: { reflection: Reflection; items: ReflectionQuestion[] }) {
  return (
    <details>
      <summary>The answers</summary>
      <dl class="plain-list">
        {items.map((item, index) => (
          <div key={item.id}>
            <dt>{item.text}</dt>
            <dd>{answerWords(reflection.answers[index] ?? 0)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** Reflections the partner chose to share, each in its own place. */
export function SharedReflections({
  shared,
  items,
  people,
}: {
  shared: Reflection[];
  items: ReflectionQuestion[];
  people: People;
}) {
  if (shared.length === 0) return null;
  return (
    <section aria-labelledby="shared-reflections-heading">
      <h2 id="shared-reflections-heading">Shared with you</h2>
      <ul class="item-list">
        {[...shared].reverse().map((reflection) => (
          <li class="item" key={reflection.id}>
            <h3 class="item__title">{people.nameOf(reflection.authorId)} shared a reflection</h3>
            <p class="field__hint">Written on {formatDay(reflection.day)}</p>
            <p>{scoresSentence(reflection.scores)}</p>
            <Answers reflection={reflection} items={items} />
          </li>
        ))}
      </ul>
    </section>
  );
}
