/**
 * The safety check as a step on the way somewhere (creating or joining a
 * space): the questions, then, if they raised concern, the page about support
 * and the free choice. `onDone` runs once the person may go on.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SafetyStatus } from '../api/types';
import { announce } from '../state/announcer';
import { FocusHeading } from './focus-heading';
import { SafetyCheckForm } from './safety-check-form';
import { SafetyConcern } from './safety-concern';

interface SafetyStepProps {
  status: SafetyStatus;
  onDone: (status: SafetyStatus) => void;
  /** Show the questions even when answered before (answering again). */
  askAgain?: boolean;
  /** Focus the questions' heading when they appear in place of something else. */
  focusOnMount?: boolean;
  /** Hears whether the page about support (with its helplines) is on screen. */
  onConcernShown?: (shown: boolean) => void;
}

export function SafetyStep(props: SafetyStepProps) {
  const { status: initial, onDone, askAgain = false, focusOnMount = false } = props;
  const [status, setStatus] = useState(initial);
  // A concern still waiting for a choice goes straight to the choice.
  const choicePending = initial.concern && initial.choice === null;
  const [asking, setAsking] = useState(!initial.completed || (askAgain && !choicePending));
  const concernShown = !asking && status.concern;
  const { onConcernShown } = props;
  useEffect(() => onConcernShown?.(concernShown), [concernShown, onConcernShown]);

  const answered = (next: SafetyStatus) => {
    setStatus(next);
    setAsking(false);
    if (next.concern) {
      announce('Your answers are saved privately. Please read what follows.');
    } else {
      onDone(next);
      announce('Thank you. Your answers are saved, and only you can see them.');
    }
  };

  if (asking) {
    return (
      <section class="card" aria-labelledby="safety-heading">
        <FocusHeading id="safety-heading" focus={focusOnMount}>
          A short private safety check
        </FocusHeading>
        <p>
          Before you share a space, a few questions just for you. Your answers are never shown to
          your partner. There are no wrong answers.
        </p>
        <SafetyCheckForm previous={status.answers} onAnswered={answered} />
      </section>
    );
  }
  if (status.concern) {
    return (
      <SafetyConcern
        status={status}
        onChosen={(next) => {
          setStatus(next);
          onDone(next);
          announce(
            next.choice === 'continue-alone'
              ? 'Saved. You are continuing on your own.'
              : 'Saved. You can go on together.',
          );
        }}
      />
    );
  }
  return null;
}
