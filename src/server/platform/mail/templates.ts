/**
 * Every e-mail Mend sends. Templates only: no member-written text, no names —
 * an e-mail can be read by whoever holds the phone. Each mail is a sentence or
 * two and a link; what happened is seen in the app, behind the sign-in.
 *
 * A template has a kind (its key), a subject, a plain-text and an HTML body
 * (the same words; the HTML escapes everything it puts in), and a category:
 * `security` mails (reset, sign-up confirmation and attempts, e-mail change)
 * cannot be turned off — each says why — while every other category can be,
 * in one click from the mail (see unsubscribe.ts). To add a kind, add an entry
 * built with `mailTemplate`.
 */

export type MailCategory = 'security' | 'invitations' | 'reminders' | 'guide';

export interface MailTemplate {
  category: MailCategory;
  subject: string;
  /** The plain-text body; `link` is null only on the development outbox page. */
  text(link: string | null): string;
  html(link: string | null): string;
}

/** Why a security mail always comes; said in each of them. */
export const SECURITY_REASON =
  'This is a security e-mail about your account, so it cannot be turned off.';

const escapeHtml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

interface Words {
  category: MailCategory;
  subject: string;
  /** Paragraphs before the link. */
  before: string[];
  /** Paragraphs after the link. */
  after: string[];
}

/** One set of words, two bodies: plain text, and a calm, simple HTML page. */
export function mailTemplate(words: Words): MailTemplate {
  const after = words.category === 'security' ? [...words.after, SECURITY_REASON] : words.after;
  return {
    category: words.category,
    subject: words.subject,
    text: (link) =>
      ['Hello,', '', ...words.before.flatMap((p) => [p, '']), link ?? '', '']
        .concat(after.flatMap((p) => [p, '']))
        .concat(['— Mend'])
        .join('\n'),
    html: (link) => {
      const paragraph = (p: string) => `<p>${escapeHtml(p)}</p>`;
      const button =
        link === null
          ? ''
          : `<p><a href="${escapeHtml(link)}" style="color:#1f5f5b">${escapeHtml(link)}</a></p>`;
      return [
        '<!doctype html>',
        `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(words.subject)}</title></head>`,
        '<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#222;max-width:36em;margin:1em auto;padding:0 1em">',
        paragraph('Hello,'),
        ...words.before.map(paragraph),
        button,
        ...after.map(paragraph),
        paragraph('— Mend'),
        '</body></html>',
      ].join('\n');
    },
  };
}

export const TEMPLATES = {
  'therapist-invite': mailTemplate({
    category: 'invitations',
    subject: 'An invitation to Mend',
    before: [
      'A couple using Mend has invited you to join them as their therapist.',
      'Both partners have agreed to this. You will see only what they choose to share with you.',
      'To accept, open this link (it works once and expires in 7 days):',
    ],
    after: ['If you did not expect this, you can ignore this e-mail.'],
  }),
  'partner-invite': mailTemplate({
    category: 'invitations',
    subject: 'Your partner invited you to Mend',
    before: [
      'Your partner invited you to join them in Mend, a private space for two.',
      'To join, open this link (it works once):',
    ],
    after: ['If you did not expect this, you can ignore this e-mail.'],
  }),
  'confirm-sign-up': mailTemplate({
    category: 'security',
    subject: 'Confirm your e-mail for Mend',
    before: [
      'Someone (we hope you) created a Mend account with this address.',
      'To confirm it and start, open this link (it works once and expires in 24 hours):',
    ],
    after: ['If this was not you, ignore this e-mail: no account is opened without the link.'],
  }),
  'sign-up-attempt': mailTemplate({
    category: 'security',
    subject: 'Someone tried to sign up to Mend with your address',
    before: [
      'Someone tried to create a Mend account with this address. You already have one, so nothing changed.',
      'If it was you, sign in instead — or, if you forgot your password, reset it here:',
    ],
    after: ['If it was not you, you can ignore this e-mail; your account is as it was.'],
  }),
  'reset-password': mailTemplate({
    category: 'security',
    subject: 'Reset your Mend password',
    before: [
      'Someone (we hope you) asked to reset the password of your Mend account.',
      'To choose a new password, open this link (it works once and expires in 1 hour):',
    ],
    after: [
      'If this was not you, ignore this e-mail: your password stays as it is.',
      'After a reset, every device is signed out, and your second factor (if you use one) is still needed.',
    ],
  }),
  'confirm-email-change': mailTemplate({
    category: 'security',
    subject: 'Confirm your new e-mail for Mend',
    before: [
      'A Mend account asked to use this address from now on.',
      'To confirm the change, open this link (it works once and expires in 24 hours):',
    ],
    after: ['If this was not you, ignore this e-mail: nothing changes without the link.'],
  }),
  'email-change-attempt': mailTemplate({
    category: 'security',
    subject: 'Someone tried to move a Mend account to your address',
    before: [
      'Someone signed in to another Mend account asked to use this address. You already have an account with it, so nothing changed.',
      'If you want to look at your own account, sign in here:',
    ],
    after: ['If this was not you, you can ignore this e-mail; your account is as it was.'],
  }),
  'email-change-notice': mailTemplate({
    category: 'security',
    subject: 'Your Mend e-mail is being changed',
    before: [
      'Someone signed in to your Mend account asked to move it to another e-mail address. It changes once the new address is confirmed.',
      'If this was not you, sign in, change your password and look at your signed-in devices:',
    ],
    after: [],
  }),
  // Reminders (features/reminders): the kind of nudge only — no ratings, no
  // commitment text, no partner, no counts — and a plain link to the app.
  'check-in-reminder': mailTemplate({
    category: 'reminders',
    subject: 'A gentle reminder from Mend',
    before: ['This is the reminder you asked for: there is time for today’s check-in in Mend.'],
    after: ['You can change or turn off reminders in Mend’s settings.'],
  }),
  'commitment-reminder': mailTemplate({
    category: 'reminders',
    subject: 'A gentle reminder from Mend',
    before: [
      'This is the reminder you asked for: something you committed to is due today in Mend.',
    ],
    after: ['You can change or turn off reminders in Mend’s settings.'],
  }),
  // To a guide commenter: no name, no words of the comment, only the link.
  'comment-delete-link': mailTemplate({
    category: 'guide',
    subject: 'Your comment on the Mend guide',
    before: [
      'Thank you for your comment on the Mend guide.',
      'If you ever want to remove it, open this link (it works once):',
    ],
    after: [
      'If you did not write a comment, you can ignore this e-mail: your address is not shown anywhere.',
    ],
  }),
  'comment-reply-confirm': mailTemplate({
    category: 'guide',
    subject: 'Confirm reply notices from the Mend guide',
    before: [
      'You asked to be told by e-mail when someone replies to your comment on the Mend guide.',
      'To confirm, open this link (it works once):',
    ],
    after: ['If you did not ask for this, ignore this e-mail: nothing is sent without the link.'],
  }),
  // A reply's words stay on the page: the mail says only that there is one.
  'comment-reply': mailTemplate({
    category: 'guide',
    subject: 'Someone replied on the Mend guide',
    before: ['Someone replied in a conversation you took part in on the Mend guide. Read it here:'],
    after: [],
  }),
  // The guide's subscription (features/guide-subscription).
  'guide-subscribe-confirm': mailTemplate({
    category: 'guide',
    subject: 'Confirm your subscription to the Mend guide',
    before: [
      'Someone (we hope you) asked to receive an e-mail when the Mend guide publishes a new article.',
      'To confirm, open this link (it works once and expires in 7 days):',
    ],
    after: ['If this was not you, ignore this e-mail: you are not subscribed without the link.'],
  }),
  'guide-new-article': mailTemplate({
    category: 'guide',
    subject: 'A new article in the Mend guide',
    before: ['The Mend guide published a new article. You can read it here:'],
    after: ['You receive this because you subscribed to the guide.'],
  }),
} satisfies Record<string, MailTemplate>;

export type TemplateName = keyof typeof TEMPLATES;

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
}

export function templateOf(name: TemplateName): MailTemplate {
  return TEMPLATES[name];
}
