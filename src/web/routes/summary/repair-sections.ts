/**
 * The repair phase in the printable summary: what happened, acknowledgments,
 * impact statements, apologies, agreements, conversations, setbacks and
 * check-ins, each in words, with the answers to an entry beside the entry.
 */
import {
  CHECK_IN_EFFORT_MAX,
  CHECK_IN_RATING_MAX,
  REPAIR_RATING_MAX,
} from '../../../contract/limits';
import {
  BREACH_CATEGORY_LABELS,
  SETBACK_KIND_LABELS,
  SEVERITY_EXPLANATIONS,
  type BreachCategoryName,
  type SetbackKindName,
  type SeverityName,
} from '../../../contract/repair/words';
import {
  day,
  facts,
  instant,
  text,
  texts,
  therapistFact,
  VISIBILITY_WORDS,
  type Row,
  type SummaryContext,
  type SummaryEntry,
  type SummarySection,
} from './document';

const severityWord = (value: unknown) =>
  SEVERITY_EXPLANATIONS[value as SeverityName]?.label ?? null;

const outOf = (value: unknown, max: number) =>
  typeof value === 'number' ? `${value} of ${max}` : null;

const childrenOf = (rows: Row[], key: string, id: unknown) => rows.filter((row) => row[key] === id);

/** "About: <breach>" on anything written about one breach. */
const about = (context: SummaryContext, row: Row): [string, string | null] => [
  'About',
  context.breachTitle(row['breachId']),
];

function breaches(context: SummaryContext): SummaryEntry[] {
  const ratings = context.rows('breach_severity_ratings');
  return context.rows('breaches').map((breach) => {
    const severities = childrenOf(ratings, 'breachId', breach['id']).map(
      (rating): [string, string | null] => [
        `How severe (${context.person(rating['authorId'])})`,
        `${severityWord(rating['severity']) ?? '—'}, seen by ${(
          VISIBILITY_WORDS[String(rating['visibility'])] ?? 'you'
        ).toLowerCase()}`,
      ],
    );
    const brokeTrust = breach['mutual'] ? 'Both of you' : context.person(breach['brokeTrustId']);
    return {
      heading: text(breach['title']) ?? 'A breach',
      facts: [
        ...facts(
          ['Kind', BREACH_CATEGORY_LABELS[breach['category'] as BreachCategoryName] ?? null],
          [
            breach['cameToLight'] === 'discovered' ? 'Discovered on' : 'Disclosed on',
            day(breach['day']),
          ],
          ['Who broke trust', brokeTrust],
          ['Written down by', context.person(breach['recordedBy'])],
          ...severities,
        ),
        ...therapistFact(breach),
      ],
      texts: texts(['What happened', breach['description']]),
    };
  });
}

const VERDICT_WORDS: Record<string, string> = {
  accurate: 'It is accurate',
  'something-missing': 'Something is missing',
};

function acknowledgments(context: SummaryContext): SummaryEntry[] {
  const responses = context.rows('acknowledgment_responses');
  return context.rows('acknowledgments').map((row) => {
    const answers = childrenOf(responses, 'acknowledgmentId', row['id']);
    return {
      heading: `Acknowledgment by ${context.person(row['authorId'])}, version ${String(row['version'])}`,
      facts: [
        ...facts(about(context, row), ['Written', instant(row['createdAt'])]),
        ...answers.map((answer): [string, string] => [
          `Answer from ${context.person(answer['authorId'])}`,
          VERDICT_WORDS[String(answer['verdict'])] ?? '—',
        ]),
        ...therapistFact(row),
      ],
      texts: [
        ...texts(['Acknowledgment', row['text']]),
        ...answers.flatMap((answer) =>
          texts([`What ${context.person(answer['authorId'])} added`, answer['comment']]),
        ),
      ],
    };
  });
}

function impactStatements(context: SummaryContext): SummaryEntry[] {
  return context.rows('impact_statements').map((row) => ({
    heading: `How it hurt, by ${context.person(row['authorId'])}, version ${String(row['version'])}`,
    facts: [
      ...facts(about(context, row), ['Written', instant(row['createdAt'])]),
      ...therapistFact(row),
    ],
    texts: texts(['Impact statement', row['text']]),
  }));
}

const APOLOGY_PARTS: [key: string, label: string][] = [
  ['whatHappened', 'What happened'],
  ['impact', 'The impact'],
  ['responsibility', 'Taking responsibility'],
  ['whatWillChange', 'What will change'],
];

function apologies(context: SummaryContext): SummaryEntry[] {
  const ratings = context.rows('apology_ratings');
  return context.rows('apologies').map((row) => {
    const parts = (row['parts'] ?? {}) as Row;
    const answers = childrenOf(ratings, 'apologyId', row['id']);
    return {
      heading: `Apology by ${context.person(row['authorId'])}, version ${String(row['version'])}`,
      facts: [
        ...facts(about(context, row), ['Written', instant(row['createdAt'])]),
        ...answers.flatMap((answer) =>
          facts(
            [
              `${context.person(answer['authorId'])} felt understood`,
              outOf(answer['understood'], REPAIR_RATING_MAX),
            ],
            ['Asked for another try', answer['anotherTry'] ? 'Yes' : null],
          ),
        ),
        ...therapistFact(row),
      ],
      texts: [
        ...texts(...APOLOGY_PARTS.map(([key, label]): [string, unknown] => [label, parts[key]])),
        ...answers.flatMap((answer) =>
          texts([`What ${context.person(answer['authorId'])} said`, answer['comment']]),
        ),
      ],
    };
  });
}

const ANSWER_WORDS: Record<string, string> = { accepted: 'Accepted', declined: 'Declined' };
const BREAK_WORDS: Record<string, string> = {
  'self-disclosure': 'told on themselves',
  'partner-report': 'reported by their partner',
};

function agreements(context: SummaryContext): SummaryEntry[] {
  const versions = context.rows('agreement_versions');
  const answers = context.rows('agreement_answers');
  const breaks = context.rows('agreement_breaks');
  return context.rows('agreements').flatMap((agreement, index) => {
    const own = childrenOf(versions, 'agreementId', agreement['id']);
    const broken = childrenOf(breaks, 'agreementId', agreement['id']).map((row): SummaryEntry => ({
      heading: `Agreement ${index + 1} broken on ${day(row['day'])}`,
      facts: [
        ...facts(
          ['Broken by', context.person(row['brokenBy'])],
          ['How it came up', BREAK_WORDS[String(row['kind'])] ?? null],
        ),
        ...therapistFact(row),
      ],
      texts: texts(['Note', row['note']]),
    }));
    const written = own.map((version): SummaryEntry => {
      const replies = childrenOf(answers, 'versionId', version['id']);
      const retiring = version['kind'] === 'retire';
      return {
        heading: `Agreement ${index + 1}, version ${String(version['version'])}${
          retiring ? ': a proposal to end it' : ''
        }`,
        facts: [
          ...facts(
            ['Proposed by', context.person(version['authorId'])],
            ['Proposed', instant(version['createdAt'])],
            [
              'Review on',
              typeof version['reviewOn'] === 'string' ? day(version['reviewOn']) : null,
            ],
          ),
          ...replies.map((reply): [string, string] => [
            `Answer from ${context.person(reply['authorId'])}`,
            ANSWER_WORDS[String(reply['answer'])] ?? '—',
          ]),
          ...therapistFact(version),
        ],
        texts: [
          ...texts(['Terms', version['text']]),
          ...replies.flatMap((reply) =>
            texts([`What ${context.person(reply['authorId'])} said`, reply['comment']]),
          ),
        ],
      };
    });
    return [...written, ...broken];
  });
}

function conversations(context: SummaryContext): SummaryEntry[] {
  const ratings = context.rows('conversation_ratings');
  return context.rows('conversations').map((row) => {
    const felt = childrenOf(ratings, 'conversationId', row['id']);
    return {
      heading: `${text(row['topic']) ?? 'A conversation'}, ${day(row['day'])}`,
      facts: [
        ...facts(
          ['Minutes', typeof row['minutes'] === 'number' ? String(row['minutes']) : null],
          ['Started by', row['startedBy'] ? context.person(row['startedBy']) : null],
          about(context, row),
        ),
        ...felt.flatMap((rating) =>
          facts(
            [
              `${context.person(rating['authorId'])} felt safe`,
              outOf(rating['feltSafe'], REPAIR_RATING_MAX),
            ],
            [
              `${context.person(rating['authorId'])} felt heard`,
              outOf(rating['feltHeard'], REPAIR_RATING_MAX),
            ],
          ),
        ),
        ...therapistFact(row),
      ],
      texts: felt.flatMap((rating) => {
        const note = rating['note'] as { text?: unknown; visibility?: unknown } | null;
        return note
          ? texts([
              `${context.person(rating['authorId'])}’s note (${(
                VISIBILITY_WORDS[String(note.visibility)] ?? 'you'
              ).toLowerCase()})`,
              note.text,
            ])
          : [];
      }),
    };
  });
}

function setbacks(context: SummaryContext): SummaryEntry[] {
  return context.rows('setbacks').map((row) => ({
    heading: `${SETBACK_KIND_LABELS[row['kind'] as SetbackKindName] ?? 'A setback'}, ${day(row['day'])}`,
    facts: [
      ...facts(
        ['How hard', severityWord(row['severity'])],
        ['Written down by', context.person(row['loggedBy'])],
        about(context, row),
      ),
      ...therapistFact(row),
    ],
    texts: texts(['Note', row['note']]),
  }));
}

const CHECK_IN_ANSWERS: [key: string, label: string, max: number][] = [
  ['trust', 'Trust', CHECK_IN_RATING_MAX],
  ['honesty', 'Honesty', CHECK_IN_RATING_MAX],
  ['reliability', 'Reliability', CHECK_IN_RATING_MAX],
  ['openness', 'Openness', CHECK_IN_RATING_MAX],
  ['safety', 'Feeling safe', CHECK_IN_RATING_MAX],
  ['reassured', 'Feeling reassured', CHECK_IN_RATING_MAX],
  ['perceivedTrust', 'Trust, as they sensed it', CHECK_IN_RATING_MAX],
  ['effort', 'Effort', CHECK_IN_EFFORT_MAX],
];

function checkIns(context: SummaryContext): SummaryEntry[] {
  return context.rows('check_ins').map((row) => {
    const note = row['note'] as { text?: unknown; visibility?: unknown } | null;
    return {
      heading: `${context.person(row['memberId'])}, ${day(row['day'])}`,
      facts: [
        ...facts(
          ...CHECK_IN_ANSWERS.map(([key, label, max]): [string, string | null] => [
            label,
            outOf(row[key], max),
          ]),
          [
            'Talked openly',
            row['talkedOpenly'] === null || row['talkedOpenly'] === undefined
              ? null
              : row['talkedOpenly']
                ? 'Yes'
                : 'No',
          ],
        ),
        ...therapistFact(row),
      ],
      texts: note
        ? texts([
            `Note (${(VISIBILITY_WORDS[String(note.visibility)] ?? 'you').toLowerCase()})`,
            note.text,
          ])
        : [],
    };
  });
}

function prompts(context: SummaryContext): SummaryEntry[] {
  return context.rows('prompt_picks').map((row) => ({
    heading: text(row['promptText']) ?? 'A prompt that is no longer offered',
    facts: facts(
      ['Picked by', context.person(row['authorId'])],
      ['Picked', instant(row['createdAt'])],
    ),
    texts: [],
  }));
}

/** The tables each section is made of, so nothing of them falls to the plain listing. */
export const REPAIR_TABLES = [
  'breaches',
  'breach_severity_ratings',
  'acknowledgments',
  'acknowledgment_responses',
  'impact_statements',
  'apologies',
  'apology_ratings',
  'agreements',
  'agreement_versions',
  'agreement_answers',
  'agreement_breaks',
  'conversations',
  'conversation_ratings',
  'setbacks',
  'check_ins',
  'prompt_picks',
];

export function repairSections(context: SummaryContext): SummarySection[] {
  return [
    { id: 'breaches', title: 'What happened', entries: breaches(context) },
    { id: 'acknowledgments', title: 'Acknowledgments', entries: acknowledgments(context) },
    { id: 'impact', title: 'How it hurt', entries: impactStatements(context) },
    { id: 'apologies', title: 'Apologies', entries: apologies(context) },
    { id: 'agreements', title: 'Agreements', entries: agreements(context) },
    { id: 'conversations', title: 'Conversations', entries: conversations(context) },
    { id: 'setbacks', title: 'Setbacks', entries: setbacks(context) },
    { id: 'check-ins', title: 'Check-ins', entries: checkIns(context) },
    { id: 'prompts', title: 'Prompts you picked', entries: prompts(context) },
  ];
}
