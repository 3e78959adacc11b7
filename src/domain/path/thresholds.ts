/**
 * The ten steps of the path (DESIGN.md §1) and the thresholds that decide when
 * each counts as reached. One table, so a change of a default is one line
 * and the tests read the same numbers the app uses.
 */

export const PATH_THRESHOLDS = {
  /** Step 2: recent, steady communication. */
  communicate: {
    /** The window looked at, in weeks of seven days ending today. */
    windowWeeks: 4,
    /** Weeks in the window in which both partners checked in at least once. */
    weeksWithBothCheckedIn: 3,
    /** "I felt safe" at or above this, from both partners, on one conversation in the window. */
    feltSafeAtLeast: 5,
  },
  /** Step 3: the hurt partner feels understood by an apology. */
  takeResponsibility: {
    understoodAtLeast: 5,
  },
  /** Step 4: agreements accepted by both and active. */
  setBoundaries: {
    activeAgreements: 1,
  },
  /** Step 5: a commitment held long enough, and kept often enough to have settled. */
  consistency: {
    heldDaysAtLeast: 28,
    strengthAtLeast: 0.8,
  },
  /** Step 6: notes and gestures the partner appreciated, in the recent window. */
  positiveBehaviour: {
    windowDays: 30,
    appreciatedAtLeast: 8,
  },
  /** Step 7: time on the path, with steady check-ins. */
  patience: {
    daysOnPathAtLeast: 90,
    windowWeeks: 12,
    weeksWithCheckInsAtLeast: 8,
  },
  /** Step 9: the hurt partner feels reassured, most weeks. */
  reassurance: {
    windowWeeks: 4,
    weeksAtLeast: 3,
    reassuredAtLeast: 5,
  },
  // Step 10: reliable change in the reflection (reliable-change.ts), with the
  // PROVISIONAL constants in ../reliable-change-constants.ts.
  /** When Mend gently suggests professional help. */
  professionalHelp: {
    /** No step reached for this many days, on a path that started at least this long ago. */
    stalledDays: 90,
    /** Two setbacks within this many days. */
    setbacksWithinDays: 30,
  },
} as const;

export type Phase = 'repair' | 'restore' | 'regain';

export type StepKey =
  | 'acknowledge'
  | 'communicate'
  | 'take-responsibility'
  | 'set-boundaries'
  | 'consistency'
  | 'positive-behaviour'
  | 'patience'
  | 'understand-needs'
  | 'reassurance'
  | 'forgiveness';

export interface StepDefinition {
  number: number;
  key: StepKey;
  phase: Phase;
  title: string;
  /** What the couple does, in plain words. */
  about: string;
  /** When the step counts as reached, in plain words (no numbers beyond the thresholds). */
  reachedWhen: string;
  /** Whether Mend computes this step (all ten are computed now). */
  computed: boolean;
}

const c = PATH_THRESHOLDS.communicate;

export const STEPS: readonly StepDefinition[] = [
  {
    number: 1,
    key: 'acknowledge',
    phase: 'repair',
    title: 'Acknowledge',
    about:
      'The breach is written down, and the partner who broke trust describes it in their own words.',
    reachedWhen:
      'The hurt partner says the acknowledgment is accurate — for every breach you have recorded.',
    computed: true,
  },
  {
    number: 2,
    key: 'communicate',
    phase: 'repair',
    title: 'Communicate',
    about:
      'Regular check-ins, and open conversations where each of you says how safe and heard you felt.',
    reachedWhen: `In ${c.weeksWithBothCheckedIn} of the last ${c.windowWeeks} weeks you both checked in, and in that time you both felt safe (${c.feltSafeAtLeast} or more out of 7) in at least one conversation.`,
    computed: true,
  },
  {
    number: 3,
    key: 'take-responsibility',
    phase: 'repair',
    title: 'Take responsibility',
    about:
      'The hurt partner writes how it affected them; the other answers with an apology; the hurt partner says how understood they feel.',
    reachedWhen: `The hurt partner feels understood (${PATH_THRESHOLDS.takeResponsibility.understoodAtLeast} or more out of 7) by an apology — for every breach you have recorded.`,
    computed: true,
  },
  {
    number: 4,
    key: 'set-boundaries',
    phase: 'repair',
    title: 'Set boundaries',
    about: 'Agreements either of you proposes, that you both accept, and that you can renegotiate.',
    reachedWhen: 'At least one agreement is accepted by both of you and active.',
    computed: true,
  },
  {
    number: 5,
    key: 'consistency',
    phase: 'restore',
    title: 'Consistency',
    about: 'Small promises kept on a schedule.',
    reachedWhen: `A commitment held for at least ${PATH_THRESHOLDS.consistency.heldDaysAtLeast} days has settled: its strength has reached ${PATH_THRESHOLDS.consistency.strengthAtLeast} on the way from 0 to 1.`,
    computed: true,
  },
  {
    number: 6,
    key: 'positive-behaviour',
    phase: 'restore',
    title: 'Positive behaviour',
    about: 'Thoughtful notes and gestures, noticed and appreciated.',
    reachedWhen: `In the last ${PATH_THRESHOLDS.positiveBehaviour.windowDays} days, your partner appreciated at least ${PATH_THRESHOLDS.positiveBehaviour.appreciatedAtLeast} of your notes or gestures — or you theirs.`,
    computed: true,
  },
  {
    number: 7,
    key: 'patience',
    phase: 'restore',
    title: 'Patience',
    about: 'Setbacks are logged, not hidden, and nothing is wiped.',
    reachedWhen: `You have been on the path for at least ${PATH_THRESHOLDS.patience.daysOnPathAtLeast} days, and in ${PATH_THRESHOLDS.patience.weeksWithCheckInsAtLeast} of the last ${PATH_THRESHOLDS.patience.windowWeeks} weeks you both checked in. Setbacks reset nothing.`,
    computed: true,
  },
  {
    number: 8,
    key: 'understand-needs',
    phase: 'regain',
    title: 'Understand needs',
    about: 'Each of you names what you need, and the other acknowledges it.',
    reachedWhen: 'Every need either of you has listed is acknowledged by the other.',
    computed: true,
  },
  {
    number: 9,
    key: 'reassurance',
    phase: 'regain',
    title: 'Reassurance',
    about: 'Reassurance, asked for and given.',
    reachedWhen: `The hurt partner felt reassured (${PATH_THRESHOLDS.reassurance.reassuredAtLeast} or more out of 7) in ${PATH_THRESHOLDS.reassurance.weeksAtLeast} of the last ${PATH_THRESHOLDS.reassurance.windowWeeks} weeks.`,
    computed: true,
  },
  {
    number: 10,
    key: 'forgiveness',
    phase: 'regain',
    title: 'Forgiveness',
    about: 'Letting go of resentment — not excusing what happened.',
    reachedWhen:
      'The hurt partner shared a forgiveness statement, or their reflections show a reliable change toward letting go. Nobody is ever asked for it.',
    computed: true,
  },
];
