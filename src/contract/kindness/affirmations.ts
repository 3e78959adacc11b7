/**
 * The affirmations library: short reassurance phrases, in our own words, that
 * a partner can send as they are or adapt before sending. Zod-free, so the web
 * app shows the same list the server checks a phrase id against.
 *
 * An id names a phrase for good: a phrase's words may be improved later, but
 * an id is never reused for a different meaning. A sent affirmation keeps the
 * words it was sent with, so a later edit here changes no past note.
 */

export const AFFIRMATION_GROUPS = ['commitment', 'appreciation', 'safety', 'future'] as const;
export type AffirmationGroup = (typeof AFFIRMATION_GROUPS)[number];

export const AFFIRMATION_GROUP_LABELS: Record<AffirmationGroup, string> = {
  commitment: 'I am here, and I am staying',
  appreciation: 'What I value in you',
  safety: 'You are safe with me',
  future: 'Where we are going',
};

export interface Affirmation {
  id: string;
  group: AffirmationGroup;
  text: string;
}

const phrases = (group: AffirmationGroup, texts: Record<string, string>): Affirmation[] =>
  Object.entries(texts).map(([id, text]) => ({ id: `${group}.${id}`, group, text }));

export const AFFIRMATIONS: readonly Affirmation[] = [
  ...phrases('commitment', {
    choosing: 'I choose you, today and on the hard days too.',
    'not-going': 'I am not going anywhere. We are working on this together.',
    'worth-it': 'You are worth the effort this takes, and so are we.',
    'keep-showing': 'I will keep showing up, even when it is slow.',
    'in-this': 'I am in this with you, not beside it.',
    'my-part': 'I am doing my part, and I will keep doing it.',
    'still-yes': 'My answer is still yes: to you, and to us.',
    'one-day': 'One day at a time, I am here for each of them.',
  }),
  ...phrases('appreciation', {
    'noticed-effort': 'I notice how hard you are trying, and it matters to me.',
    'brave-honest': 'Thank you for being honest with me, even when it was hard.',
    'your-patience': 'Your patience with me means more than I can easily say.',
    'love-laugh': 'I love the way you laugh, and I want to hear it more.',
    'grateful-today': 'I am grateful for you today.',
    'you-listen': 'Thank you for listening to me without rushing.',
    'good-person': 'You are a good person, and I see it.',
    'little-things': 'The little things you do for me do not go unnoticed.',
  }),
  ...phrases('safety', {
    'tell-me': 'You can tell me anything, and I will listen before I answer.',
    'no-secrets': 'There is nothing I am hiding from you.',
    'ask-me': 'If something worries you, ask me. I would rather you ask.',
    'feelings-welcome': 'Your feelings are welcome here, all of them.',
    'not-angry': 'You will not be punished for being hurt.',
    'phone-open': 'If you need to know where I am, just ask. I will answer.',
    'take-time': 'Take the time you need. I will still be here.',
    'your-pace': 'We go at a pace that feels safe for you.',
  }),
  ...phrases('future', {
    'better-days': 'I believe we will have better days than these.',
    'building-new': 'We are not going back; we are building something new.',
    'looking-forward': 'I am looking forward to the things we will do together.',
    stronger: 'I want us to come out of this knowing each other better.',
    plans: 'I still make plans with you in them.',
    'growing-old': 'I want to grow old with you.',
    'trust-again': 'I hope to earn your trust again, step by step.',
    'next-chapter': 'This is a hard chapter, not the whole story.',
  }),
];

/** The phrase with this id, if the library has it. */
export function affirmationById(id: string): Affirmation | undefined {
  return AFFIRMATIONS.find((phrase) => phrase.id === id);
}
