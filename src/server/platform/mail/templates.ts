/**
 * Every e-mail Mend sends. Templates only: no member-written text, no names —
 * an e-mail can be read by whoever holds the phone.
 */

export type TemplateName = 'therapist-invite' | 'comment-delete-link';

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
  // To a guide commenter: no name, no words of the comment, only the link.
  'comment-delete-link': {
    subject: 'Your comment on the Mend guide',
    text: (link) =>
      [
        'Hello,',
        '',
        'Thank you for your comment on the Mend guide.',
        'If you ever want to remove it, open this link (it works once):',
        link ?? '',
        '',
        'If you did not write a comment, you can ignore this e-mail: your address is not shown anywhere.',
        '',
        '— Mend',
      ].join('\n'),
  },
};

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
}
