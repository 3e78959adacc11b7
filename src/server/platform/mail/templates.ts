/**
 * Every e-mail Mend sends. Templates only: no member-written text, no names —
 * an e-mail can be read by whoever holds the phone.
 */

export type TemplateName = 'therapist-invite' | 'check-in-reminder' | 'commitment-reminder';

interface Template {
  subject: string;
  text(link: string | null): string;
}

export const TEMPLATES: Record<TemplateName, Template> = {
  'therapist-invite': {
    subject: 'An invitation to Mend',
    text: (link) =>
      [
        'Hello,',
        '',
        'A couple using Mend has invited you to join them as their therapist.',
        'Both partners have agreed to this. You will see only what they choose to share with you.',
        '',
        `To accept, open this link (it works once and expires in 7 days):`,
        link ?? '',
        '',
        'If you did not expect this, you can ignore this e-mail.',
        '',
        '— Mend',
      ].join('\n'),
  },
  // Reminders (features/reminders): the kind of nudge only — no ratings, no
  // commitment text, no partner, no counts — and a plain link to the app.
  'check-in-reminder': {
    subject: 'A gentle reminder from Mend',
    text: (link) =>
      [
        'Hello,',
        '',
        'This is the reminder you asked for: there is time for today’s check-in in Mend.',
        '',
        link ?? '',
        '',
        'You can change or turn off reminders in Mend’s settings.',
        '',
        '— Mend',
      ].join('\n'),
  },
  'commitment-reminder': {
    subject: 'A gentle reminder from Mend',
    text: (link) =>
      [
        'Hello,',
        '',
        'This is the reminder you asked for: something you committed to is due today in Mend.',
        '',
        link ?? '',
        '',
        'You can change or turn off reminders in Mend’s settings.',
        '',
        '— Mend',
      ].join('\n'),
  },
};

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
}
