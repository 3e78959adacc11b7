/** The safety check's questions, in the words the person reads. */
import type { SafetyAnswers } from '../api/types';

export type SafetyAnswer = SafetyAnswers[keyof SafetyAnswers];

export const SAFETY_QUESTIONS: readonly { field: keyof SafetyAnswers; question: string }[] = [
  { field: 'afraid', question: 'Are you ever afraid of your partner?' },
  { field: 'hurtOrThreatened', question: 'Has your partner hurt you, or threatened to?' },
  {
    field: 'controlled',
    question: 'Does your partner control your money, phone, contacts or where you go?',
  },
  { field: 'freeToSayNo', question: 'Do you feel free to say no to your partner?' },
];

export const SAFETY_CHOICES: readonly { value: SafetyAnswer | null; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];
