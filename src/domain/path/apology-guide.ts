/**
 * The guide for writing an apology (step 3), in our own words, and the gentle
 * hints Mend gives its author. Hints never block: an apology is the author's
 * own, and only the hurt partner says whether it lands.
 */

export type ApologyPart = 'whatHappened' | 'impact' | 'responsibility' | 'whatWillChange';

export interface ApologyGuideStep {
  part: ApologyPart;
  title: string;
  prompt: string;
}

export const APOLOGY_GUIDE: readonly ApologyGuideStep[] = [
  {
    part: 'whatHappened',
    title: 'Acknowledge what happened',
    prompt:
      'Say plainly what you did, without softening it. Name the act, not just “what happened”.',
  },
  {
    part: 'impact',
    title: 'Name the impact, in your partner’s terms',
    prompt:
      'Read their impact statement again. Describe how it affected them, using their words where you can — not how you imagine it felt.',
  },
  {
    part: 'responsibility',
    title: 'Take responsibility, without “but”',
    prompt:
      'Say that it was your choice and your doing. Leave out reasons, context and “but”: they can come later, in a conversation, if your partner wants them.',
  },
  {
    part: 'whatWillChange',
    title: 'Say what will change',
    prompt:
      'Describe what you will do differently, concretely enough that your partner could notice it. An agreement can hold it.',
  },
];

export type ApologyHint = 'responsibility-has-but' | 'conditional-sorry';

export const APOLOGY_HINT_TEXT: Record<ApologyHint, string> = {
  'responsibility-has-but':
    'Your words on responsibility contain “but”. Whatever follows a “but” tends to erase what came before it. Would it read truer without it?',
  'conditional-sorry':
    '“Sorry if…” can sound as if the hurt is in doubt. Your partner has told you it hurt; you could say “I am sorry that…”.',
};

export type ApologyParts = Record<ApologyPart, string>;

/** Gentle hints for the author; never shown to the partner, never a refusal. */
export function apologyHints(parts: ApologyParts): ApologyHint[] {
  const hints: ApologyHint[] = [];
  if (/\bbut\b/i.test(parts.responsibility)) hints.push('responsibility-has-but');
  const all = Object.values(parts).join('\n');
  if (/\bsorry\s+(if|that you feel|you feel|you felt)\b/i.test(all))
    hints.push('conditional-sorry');
  return hints;
}
