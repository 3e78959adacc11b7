/**
 * The words of each suggestion, for the reader ("you"), about the partner
 * ("your-partner"), or for either of them. Calm, plain and never shaming:
 * a suggestion names something to do, not something failed.
 */
import type { SuggestionKind, SuggestionWho } from './suggestions.js';

const TEXT: Record<SuggestionKind, Partial<Record<SuggestionWho, string>>> = {
  'invite-partner': { you: 'Invite your partner: this path is walked by two.' },
  'record-breach': {
    either: 'When you are ready, write down what happened. Either of you can record it.',
  },
  'write-acknowledgment': {
    you: 'When you are ready, describe what happened in your own words.',
    'your-partner': 'Your partner can describe what happened in their own words. There is no rush.',
  },
  'answer-acknowledgment': {
    you: 'Read your partner’s acknowledgment and say whether it feels accurate, or what is missing.',
    'your-partner': 'Your partner can read your acknowledgment and answer it when they are ready.',
  },
  'revise-acknowledgment': {
    you: 'Your partner feels something is missing. You could try again with their words in mind.',
    'your-partner': 'Your partner can write another version of their acknowledgment.',
  },
  'check-in-weekly': { either: 'Check in at least once a week, both of you.' },
  'check-in-another-day': {
    you: 'You have checked in today. Weeks in which you both check in are what count, so come back on another day.',
  },
  'rate-conversation': {
    you: 'Say how safe and how heard you felt in your last conversation.',
  },
  'have-conversation': {
    either:
      'Set aside time for an open conversation. A prompt from the library can help you begin.',
  },
  'write-impact-statement': {
    you: 'Write how this affected you, in your own words.',
    'your-partner': 'Your partner can write how this affected them.',
  },
  'write-apology': {
    you: 'Write an apology that answers how your partner was affected. The guide can help.',
    'your-partner': 'Your partner can write an apology that answers your words.',
  },
  'rate-apology': {
    you: 'Read your partner’s apology and say how understood you feel.',
    'your-partner': 'Your partner can read your apology and say how understood they feel.',
  },
  'try-apology-again': {
    you: 'Your partner asked for another try. Their comment can guide you.',
    'your-partner': 'Your partner can try their apology again, with your comment in mind.',
  },
  'propose-agreement': { either: 'Propose an agreement: a boundary you can both hold.' },
  'answer-agreement': {
    you: 'Your partner proposed an agreement. Read it and answer when you are ready.',
    'your-partner': 'Your partner can read your proposal and answer it.',
  },
  'make-commitment': {
    you: 'Make one small promise you can keep, on a schedule that suits you both.',
  },
  'keep-commitment': {
    you: 'Mark your commitment on each day it is due. Kept days make it stronger; a missed one only dips it.',
  },
  'send-note': {
    either:
      'Send a thoughtful note, or log a gesture, and notice the ones that meant something to you.',
  },
  'list-needs': { either: 'Name what you need, in your own words. Either of you can start.' },
  'acknowledge-need': {
    you: 'Your partner listed a need. Read it and say whether you understand it.',
    'your-partner': 'Your partner can read the needs you listed and acknowledge them.',
  },
  'ask-for-reassurance': {
    you: 'If you could use some reassurance, you can ask for it. Your check-in can say how reassured you felt.',
  },
  'offer-reassurance': {
    you: 'A word of reassurance can help. The affirmations can give you a place to start.',
  },
  'keep-going': {
    either:
      'You have walked all the steps you can see for now. Keep checking in and talking; nothing has to be rushed.',
  },
};

/** The words for a suggestion as the reader sees it; the "either" words when there is no closer wording. */
export const suggestionText = (kind: SuggestionKind, who: SuggestionWho): string =>
  TEXT[kind][who] ?? TEXT[kind].either ?? '';
