/**
 * The account side of the printable summary: therapists and their notes, the
 * space's activity, the account and its devices and protection, spaces and
 * invites, and (only when asked for) the safety check answers. Anything the
 * export holds that no presenter knows is listed plainly, never as JSON.
 */
import { activitySentence } from '../../components/activity-words';
import { describeNotice } from '../../components/notice-words';
import { SAFETY_CHOICES, SAFETY_QUESTIONS } from '../../components/safety-questions';
import {
  day,
  facts,
  instant,
  text,
  texts,
  type Row,
  type SummaryContext,
  type SummaryEntry,
  type SummarySection,
} from './document';

function therapists(context: SummaryContext): SummaryEntry[] {
  return context.rows('therapist_grants').map((grant) => {
    const when = (key: string) => (typeof grant[key] === 'string' ? instant(grant[key]) : null);
    return {
      heading: `Therapist: ${text(grant['email']) ?? 'an invited therapist'}`,
      facts: facts(
        [
          'Proposed',
          when('proposedAt') && `${when('proposedAt')} by ${context.person(grant['proposedBy'])}`,
        ],
        [
          'Agreed',
          when('consentedAt') &&
            `${when('consentedAt')} by ${context.person(grant['consentedBy'])}`,
        ],
        ['Declined', when('declinedAt')],
        ['Accepted the invitation', when('acceptedAt')],
        [
          'Access ended',
          when('revokedAt') && `${when('revokedAt')} by ${context.person(grant['revokedBy'])}`,
        ],
      ),
      texts: [],
    };
  });
}

function therapistNotes(context: SummaryContext): SummaryEntry[] {
  return context.rows('therapist_notes').map((note) => ({
    heading: `From ${context.person(note['authorId'])}, ${instant(note['createdAt'])}`,
    facts: [],
    texts: texts(['Note', note['text']]),
  }));
}

function activity(context: SummaryContext, myId: string): SummaryEntry[] {
  const lines = context.rows('audit_events').map(
    (event) =>
      `${instant(event['createdAt'])}: ${activitySentence(
        { action: String(event['action']), subject: (event['subject'] as string | null) ?? null },
        {
          isMe: event['memberId'] === myId,
          name:
            event['memberId'] === myId
              ? null
              : (context.therapistEmail(event['memberId']) ??
                nameOrNull(context.person(event['memberId']))),
        },
      )}`,
  );
  return lines.length
    ? [
        {
          heading: 'What happened in your space',
          facts: [],
          texts: [{ label: 'Activity', text: lines.join('\n') }],
        },
      ]
    : [];
}

const nameOrNull = (name: string) => (name === 'Someone who has since left' ? null : name);

function devices(context: SummaryContext): SummaryEntry[] {
  return context.rows('sessions').map((session) => ({
    heading: text(session['device']) ?? 'A device',
    facts: facts(
      ['Signed in', instant(session['createdAt'])],
      ['Last seen', instant(session['lastSeenAt'])],
      ['Signed out by itself', instant(session['expiresAt'])],
    ),
    texts: [],
  }));
}

/** Sign-in protection as one entry: ten recovery codes are one fact, not ten blocks. */
function protection(context: SummaryContext): SummaryEntry[] {
  const totp = context.rows('totp_factors').filter((row) => row['confirmedAt']);
  const codes = context.rows('recovery_codes');
  const used = codes.filter((code) => code['usedAt']);
  const passkeys = context.rows('passkeys');
  const lastMade = codes
    .map((code) => String(code['createdAt']))
    .sort()
    .at(-1);
  const entry: SummaryEntry = {
    heading: 'Sign-in protection',
    facts: facts(
      [
        'Authenticator app',
        totp.length ? `Turned on ${instant(totp.at(-1)?.['confirmedAt'])}` : 'Not set up',
      ],
      [
        'Recovery codes',
        codes.length
          ? `${codes.length} made ${instant(lastMade)}, ${used.length} used (the codes themselves are never shown again)`
          : 'None made',
      ],
      ...passkeys.map((passkey): [string, string] => [
        `Passkey “${text(passkey['label']) ?? 'unnamed'}”`,
        `Added ${instant(passkey['createdAt'])}${
          passkey['lastUsedAt'] ? `, last used ${instant(passkey['lastUsedAt'])}` : ''
        }`,
      ]),
      [
        'Sign-in steps in progress',
        String(context.rows('webauthn_challenges').length + context.rows('sign_in_tickets').length),
      ],
    ),
    texts: [],
  };
  return [entry];
}

function notices(context: SummaryContext): SummaryEntry[] {
  return context.rows('notices').map((notice) => ({
    heading: describeNotice({
      kind: String(notice['kind']),
      detail: text(notice['detail']),
    }),
    facts: facts(
      ['When', instant(notice['createdAt'])],
      ['Put away', notice['dismissedAt'] ? instant(notice['dismissedAt']) : null],
    ),
    texts: [],
  }));
}

const MAIL_WORDS: Record<string, string> = {
  'therapist-invite': 'An invitation to be a couple’s therapist',
};

function mail(context: SummaryContext): SummaryEntry[] {
  return context.rows('outbox').map((row) => ({
    heading: MAIL_WORDS[String(row['template'])] ?? 'An e-mail from Mend',
    facts: facts(
      ['Made', instant(row['createdAt'])],
      ['Sent', row['sentAt'] ? instant(row['sentAt']) : 'Not yet'],
    ),
    texts: [],
  }));
}

function spaces(context: SummaryContext): SummaryEntry[] {
  const memberships = context.rows('space_members').map((row, index) => ({
    heading: `Space ${index + 1}`,
    facts: facts(
      ['Joined', instant(row['joinedAt'])],
      ['Left', row['leftAt'] ? instant(row['leftAt']) : null],
    ),
    texts: [],
  }));
  const invites = context.rows('invites').map((row) => ({
    heading: `An invite link made ${instant(row['createdAt'])}`,
    facts: facts([
      'What became of it',
      row['usedAt']
        ? `Used ${instant(row['usedAt'])}`
        : row['revokedAt']
          ? `Withdrawn ${instant(row['revokedAt'])}`
          : `Ran out ${instant(row['expiresAt'])}`,
    ]),
    texts: [],
  }));
  return [...memberships, ...invites];
}

const ANSWER_WORDS = new Map(SAFETY_CHOICES.map((choice) => [choice.value, choice.label]));

const CHOICE_WORDS: Record<string, string> = {
  'continue-alone': 'Continue on my own',
  'go-on': 'Go on together',
};

function safetyChecks(context: SummaryContext): SummaryEntry[] {
  return context.rows('safety_checks').map((row) => {
    const answers = (row['answers'] ?? {}) as Row;
    return {
      heading: `Answered ${instant(row['createdAt'])}`,
      facts: [
        ...SAFETY_QUESTIONS.map(({ field, question }): [string, string] => [
          question,
          ANSWER_WORDS.get(answers[field] as never) ?? 'Not answered',
        ]),
        ...facts(['What you chose then', CHOICE_WORDS[String(row['choice'])] ?? null]),
      ],
      texts: [],
    };
  });
}

export const ACCOUNT_TABLES = [
  'members',
  'spaces',
  'space_members',
  'invites',
  'safety_checks',
  'therapist_grants',
  'therapist_notes',
  'audit_events',
  'sessions',
  'totp_factors',
  'recovery_codes',
  'passkeys',
  'webauthn_challenges',
  'sign_in_tickets',
  'notices',
  'outbox',
];

export function accountSections(
  context: SummaryContext,
  myId: string,
  withSafety: boolean,
): SummarySection[] {
  return [
    { id: 'therapists', title: 'Therapists', entries: therapists(context) },
    { id: 'therapist-notes', title: 'Notes from your therapist', entries: therapistNotes(context) },
    { id: 'activity', title: 'Activity', entries: activity(context, myId) },
    { id: 'devices', title: 'Signed-in devices', entries: devices(context) },
    { id: 'protection', title: 'Sign-in protection', entries: protection(context) },
    { id: 'notices', title: 'Notices', entries: notices(context) },
    { id: 'mail', title: 'E-mails to you', entries: mail(context) },
    { id: 'spaces', title: 'Your spaces and invites', entries: spaces(context) },
    ...(withSafety
      ? [{ id: 'safety-checks', title: 'Your safety checks', entries: safetyChecks(context) }]
      : []),
  ];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/** "createdAt" → "Created at": a readable label for a field no presenter names. */
const labelOf = (key: string) =>
  key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^./, (first) => first.toUpperCase());

function plainValue(context: SummaryContext, key: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (/(By|Id)$/.test(key) && UUID.test(value)) {
      const name = context.person(value);
      return name === 'Someone who has since left' ? null : name;
    }
    if (UUID.test(value)) return null;
    if (DAY.test(value)) return day(value);
    if (INSTANT.test(value)) return instant(value);
    return value;
  }
  if (typeof value === 'object') {
    const inner = Object.entries(value as Row)
      .map(([innerKey, innerValue]) => {
        const shown = plainValue(context, innerKey, innerValue);
        return shown ? `${labelOf(innerKey)}: ${shown}` : null;
      })
      .filter(Boolean);
    return inner.length ? inner.join('; ') : null;
  }
  return null;
}

/** A section for any table no presenter knows yet: its fields in plain words. */
export function plainSection(context: SummaryContext, table: string): SummarySection {
  return {
    id: table.replace(/_/g, '-'),
    title: labelOf(table.replace(/_(.)/g, (_, letter: string) => letter.toUpperCase())),
    entries: context.rows(table).map((row, index) => ({
      heading: `Entry ${index + 1}`,
      facts: facts(
        ...Object.entries(row).map(([key, value]): [string, string | null] => [
          labelOf(key),
          key === 'id' || key === 'spaceId' ? null : plainValue(context, key, value),
        ]),
      ),
      texts: [],
    })),
  };
}
