/**
 * The private reflection's form (forgiveness, step 10): each statement
 * answered 1–5 with the words of the scale, all of them asked before it is
 * sent. When this 30-day period's reflection is already written, the form is
 * not offered; the screen says calmly from when the next one can be.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { ReflectionQuestion } from '../../api/types';
import { forgivenessOperations } from '../../../contract/operations/forgiveness';
import { ChoiceGroup } from '../../components/choice-group';
import { formatDay } from '../../components/days';
import { FormMessage } from '../../components/form-message';
import { answerWords } from '../../components/regain/forgiveness-words';
import { SubmitButton } from '../../components/submit-button';
import { useFormSubmit } from '../../components/use-form-submit';
import { announce } from '../../state/announcer';

const SCALE = [1, 2, 3, 4, 5].map((value) => ({ value, label: answerWords(value) }));

export function ReflectionPart({
  due,
  nextOn,
  items,
  onWritten,
}: {
  due: boolean;
  nextOn: string;
  items: ReflectionQuestion[];
  onWritten: () => Promise<void>;
}) {
  return (
    <section class="card" aria-labelledby="reflection-heading">
      <h2 id="reflection-heading">Your private reflection</h2>
      {due ? (
        <>
          <p>
            Nine short statements. Answer each as it is true of you now; there are no right answers,
            and it is fine if they change from one month to the next. Only you see your answers
            unless you choose to share them.
          </p>
          <ReflectionForm items={items} onWritten={onWritten} />
        </>
      ) : (
        <p>
          You have written this period’s reflection. A reflection is offered once every 30 days; the
          next one can be written from {formatDay(nextOn)}.
        </p>
      )}
    </section>
  );
}

function ReflectionForm({
  items,
  onWritten,
}: {
  items: ReflectionQuestion[];
  onWritten: () => Promise<void>;
}) {
  const [answers, setAnswers] = useState<(number | null)[]>(() => items.map(() => null));
  const nameOf = (item: ReflectionQuestion) => `reflection-${item.id}`;
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { answers: 'Your answers' },
    check: () => {
      const fields: Record<string, string> = {};
      items.forEach((item, index) => {
        if (answers[index] === null) fields[nameOf(item)] = 'Please choose an answer.';
      });
      return fields;
    },
    send: async () => {
      await call(forgivenessOperations.writeReflection, {
        body: { answers: answers.map((answer) => answer!) },
      });
      announce('Your reflection is kept. Only you see it.');
      await onWritten();
    },
    busyAfterSuccess: true,
  });
  const answer = (index: number, value: number | null) =>
    setAnswers(answers.map((old, at) => (at === index ? value : old)));
  return (
    <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
      {items.map((item, index) => (
        <ChoiceGroup<number | null>
          key={item.id}
          name={nameOf(item)}
          legend={item.text}
          choices={SCALE}
          value={answers[index] ?? null}
          onValue={(value) => answer(index, value)}
          error={errors.fields[nameOf(item)]}
        />
      ))}
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Keeping it…">
        Keep this reflection
      </SubmitButton>
    </form>
  );
}
