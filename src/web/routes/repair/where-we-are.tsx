/**
 * "Where we are": first where the couple is now (the step they are in and
 * what it still rests on) and one gentle suggestion of what could come next;
 * then, each behind a disclosure so a phone's first screen answers "where are
 * we?" without scrolling, the ten steps in three phases as the server computes
 * them and the timeline, setbacks included; and the repair screens, folded in
 * here. No percentages, no grades.
 */
import { call } from '../../api/client';
import type {
  MeAnswer,
  PathAnswer,
  PathStep,
  Setback,
  Suggestion,
  TimelineItem,
} from '../../api/types';
import { pathOperations } from '../../../contract/operations/path';
import { setbackOperations } from '../../../contract/operations/setbacks';
import { formatDate } from '../../components/instants';
import { Page } from '../../components/page';
import { Timeline } from './path-timeline';
import { LoadState } from '../../components/repair/load-state';
import { peopleFor } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { useLoad } from '../../components/repair/use-load';
import { Link } from '../../router/link';

const PHASES: { key: PathStep['phase']; title: string; about: string }[] = [
  {
    key: 'repair',
    title: 'Repair',
    about:
      'Saying what happened, talking openly, taking responsibility, and agreeing on boundaries.',
  },
  {
    key: 'restore',
    title: 'Restore',
    about: 'Small promises kept, kindness noticed, and patience through setbacks.',
  },
  {
    key: 'regain',
    title: 'Regain',
    about: 'Understanding each other’s needs, reassurance, and forgiveness.',
  },
];

const MISSING_WORDS: Record<PathStep['missing'][number], string> = {
  partner: 'Your partner joining your space',
  breach: 'What happened, written down as a breach',
  acknowledgment: 'An acknowledgment, in the words of the partner who broke trust',
  'acknowledgment-confirmed': 'The hurt partner saying the acknowledgment is accurate',
  'weekly-check-ins': 'Check-ins from you both in three of the last four weeks',
  'safe-conversation': 'A conversation in which you both felt safe (5 or more out of 7)',
  'impact-statement': 'The hurt partner’s words on how it affected them',
  apology: 'An apology that answers those words',
  'feeling-understood': 'The hurt partner feeling understood (5 or more out of 7)',
  'active-agreement': 'An agreement you have both accepted',
  'settled-commitment': 'A commitment kept long enough to settle (four weeks or more)',
  'appreciated-gestures': 'Notes and gestures that meant something, appreciated lately',
  'time-on-path': 'Time: about three months on the path',
  'steady-check-ins': 'Check-ins from you both in most weeks of the last three months',
  'needs-listed': 'Needs, named in your own words',
  'needs-acknowledged': 'Each need acknowledged by the other',
  'feeling-reassured': 'The hurt partner feeling reassured in most recent weeks',
  forgiveness: 'Forgiveness, if and when it comes — never asked for',
};

/** Where a suggestion can be acted on, and what the link says. */
function suggestionLink(
  suggestion: Suggestion,
  checkedInToday: boolean,
): { href: string; label: string } | null {
  const breach = suggestion.breachId ? `/breaches/${suggestion.breachId}` : '/breaches';
  switch (suggestion.kind) {
    case 'invite-partner':
      return { href: '/', label: 'Invite your partner' };
    case 'record-breach':
      return { href: '/breaches/new', label: 'Record a breach' };
    case 'write-acknowledgment':
    case 'answer-acknowledgment':
    case 'revise-acknowledgment':
      return { href: `${breach}/acknowledgment`, label: 'Open the acknowledgment' };
    case 'check-in-weekly':
    case 'keep-going':
      // Once today's check-in is written, offering to write it would ask for nothing.
      return checkedInToday
        ? { href: '/conversations/prompts', label: 'Find a prompt to talk about' }
        : { href: '/check-in', label: 'Write today’s check-in' };
    case 'check-in-another-day':
      return { href: '/history', label: 'See your check-ins' };
    case 'rate-conversation':
      return {
        href: suggestion.conversationId
          ? `/conversations/${suggestion.conversationId}`
          : '/conversations',
        label: 'Open the conversation',
      };
    case 'have-conversation':
      return { href: '/conversations/prompts', label: 'Find a prompt to begin' };
    case 'write-impact-statement':
    case 'write-apology':
    case 'rate-apology':
    case 'try-apology-again':
      return { href: `${breach}/apology`, label: 'Open impact and apology' };
    case 'propose-agreement':
      return { href: '/agreements/new', label: 'Propose an agreement' };
    case 'answer-agreement':
      return {
        href: suggestion.agreementId ? `/agreements/${suggestion.agreementId}` : '/agreements',
        label: 'Open the agreement',
      };
    case 'make-commitment':
      return { href: '/commitments', label: 'Make a commitment' };
    case 'keep-commitment':
      return { href: '/commitments', label: 'Open your commitments' };
    case 'list-needs':
      return { href: '/needs', label: 'List a need' };
    case 'acknowledge-need':
      return { href: '/needs', label: 'Open the needs' };
    case 'send-note':
      return { href: '/notes', label: 'Send a note' };
    case 'ask-for-reassurance':
      return { href: '/reassurance', label: 'Ask for reassurance' };
    case 'offer-reassurance':
      return { href: '/reassurance', label: 'Send an affirmation' };
  }
}

type Loaded = { path: PathAnswer; timeline: TimelineItem[]; setbacks: Setback[] };

export function WhereWeAreScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const loaded = useLoad<Loaded>(async () => {
    const [path, timeline, setbacks] = await Promise.all([
      call(pathOperations.getPath),
      call(pathOperations.getTimeline),
      call(setbackOperations.listSetbacks),
    ]);
    return { path, timeline: timeline.items, setbacks: setbacks.items };
  });
  const { data } = loaded;

  return (
    <Page title="Where we are">
      <LoadState loaded={loaded} busyText="Looking at your path…" />
      {data && (
        <>
          <WhereNow steps={data.path.steps} />
          <NextCard path={data.path} />
          {data.path.professionalHelp.suggested && (
            <ProfessionalHelp reasons={data.path.professionalHelp.reasons} />
          )}
          <details class="path-more">
            <summary>Show all ten steps</summary>
            <p class="lead">
              Ten steps in three phases. None is locked and none is graded: Mend works out where you
              stand from what the two of you have done.
            </p>
            {PHASES.map((phase) => (
              <section
                key={phase.key}
                class="path-phase"
                aria-labelledby={`phase-${phase.key}-heading`}
              >
                <h2 id={`phase-${phase.key}-heading`}>{phase.title}</h2>
                <p class="muted">{phase.about}</p>
                <ol class="path-steps">
                  {data.path.steps
                    .filter((step) => step.phase === phase.key)
                    .map((step) => (
                      <StepItem key={step.key} step={step} />
                    ))}
                </ol>
              </section>
            ))}
          </details>
          <details class="path-more">
            <summary>Show the timeline of what happened</summary>
            <Timeline items={data.timeline} setbacks={data.setbacks} people={people} />
          </details>
        </>
      )}
      <RepairNav />
    </Page>
  );
}

const PHASE_TITLES: Record<PathStep['phase'], string> = {
  repair: 'Repair',
  restore: 'Restore',
  regain: 'Regain',
};

/**
 * The step the couple is in: the first one not reached yet (steps are never
 * locked, so this is where the path asks for something next), what it still
 * rests on, and which steps are reached — in words, never as a count.
 */
function WhereNow({ steps }: { steps: PathStep[] }) {
  const current = steps.find((step) => step.status === 'not-yet');
  const reached = steps.filter((step) => step.status === 'reached');
  return (
    <section class="card path-now" aria-labelledby="now-heading">
      <h2 id="now-heading">Where you are now</h2>
      {current ? (
        <>
          <p class="path-now__step">
            <strong>
              Step {current.number}, {current.title}
            </strong>
            , in the {PHASE_TITLES[current.phase]} phase
          </p>
          <p class="muted">{current.about}</p>
          {current.missing.length > 0 && (
            <>
              <p class="field__hint">Still to come for this step:</p>
              <ul class="plain-list path-step__missing">
                {current.missing.map((part) => (
                  <li key={part}>{MISSING_WORDS[part]}</li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p class="path-now__step">
          <strong>You have reached all ten steps.</strong>
        </p>
      )}
      <p class="field__hint">
        {reached.length === 0
          ? 'No step reached yet — and there is no hurry.'
          : `Reached so far: ${reached.map((step) => `${step.number}. ${step.title}`).join(', ')}.`}
      </p>
      <p>
        How long might this take? <Link href="/progress">Progress and the forecast</Link>
      </p>
    </section>
  );
}

function NextCard({ path }: { path: PathAnswer }) {
  const next = path.next;
  if (!next) return null;
  const others = path.suggestions.filter(
    (suggestion) => suggestion !== next && suggestion.text !== next.text,
  );
  const link = suggestionLink(next, path.checkedInToday);
  return (
    <section class="card card--highlight" aria-labelledby="next-heading">
      <h2 id="next-heading">What could come next</h2>
      <p>{next.text}</p>
      <div class="actions">
        {link && (
          <Link href={link.href} class="button button--primary">
            {link.label}
          </Link>
        )}
      </div>
      {others.length > 0 && (
        <>
          <h3 class="subheading">Also on the way</h3>
          <ul class="plain-list">
            {others.map((suggestion) => {
              const other = suggestionLink(suggestion, path.checkedInToday);
              return (
                <li key={`${suggestion.kind}-${suggestion.breachId ?? ''}`}>
                  {suggestion.text} {other && <Link href={other.href}>{other.label}</Link>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

function ProfessionalHelp({ reasons }: { reasons: PathAnswer['professionalHelp']['reasons'] }) {
  return (
    <aside class="note-box" aria-labelledby="help-heading">
      <h2 id="help-heading">Support beside Mend</h2>
      <p>
        {reasons.includes('severe-breach')
          ? 'A breach rated severe is a lot to carry. '
          : reasons.includes('setbacks-close')
            ? 'Two setbacks came close together, and that is hard. '
            : 'Nothing has moved on your path for about three months, and that happens. '}
        Talking with a couples therapist could help. This is not a judgement of you or of how you
        are doing, and nothing in Mend waits on it. You can invite one, only with both your consent,
        from <Link href="/settings/therapist">Settings → A therapist</Link>.
      </p>
    </aside>
  );
}

function StepItem({ step }: { step: PathStep }) {
  const headingId = `step-${step.number}-heading`;
  return (
    <li class={`path-step path-step--${step.status}`} aria-labelledby={headingId}>
      <h3 id={headingId} class="path-step__title">
        <span>
          {step.number}. {step.title}
        </span>{' '}
        <span class={`tag tag--${step.status}`}>
          {step.status === 'reached' ? 'Reached' : 'Not yet'}
        </span>
      </h3>
      <p>{step.about}</p>
      {step.status === 'reached' && (
        <p class="path-step__state">
          {step.reachedAt
            ? `You reached this step on ${formatDate(step.reachedAt)}.`
            : 'You are in this step now: your recent weeks show it.'}
        </p>
      )}
      {step.status === 'not-yet' && (
        <>
          <p>Not yet — and there is no hurry.</p>
          <p class="field__hint">It rests on this: {step.reachedWhen}</p>
          {step.missing.length > 0 && (
            <>
              <p class="field__hint">Still to come:</p>
              <ul class="plain-list path-step__missing">
                {step.missing.map((part) => (
                  <li key={part}>{MISSING_WORDS[part]}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </li>
  );
}
