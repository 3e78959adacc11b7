import { z } from 'zod';
import { Instant } from './common.js';

const Answer = z.enum(['yes', 'no', 'unsure']);

export const SafetyAnswers = z.strictObject({
  afraid: Answer.meta({ description: 'Are you ever afraid of your partner?' }),
  hurtOrThreatened: Answer.meta({ description: 'Has your partner hurt you, or threatened to?' }),
  controlled: Answer.meta({
    description: 'Does your partner control your money, phone, contacts or where you go?',
  }),
  freeToSayNo: Answer.meta({ description: 'Do you feel free to say no to your partner?' }),
});

export const SafetyChoice = z.enum(['continue-alone', 'go-on']);

export const SubmitSafetyCheckBody = z.strictObject({ answers: SafetyAnswers });
export const ChooseSafetyPathBody = z.strictObject({ choice: SafetyChoice });

export const SafetyStatus = z.object({
  completed: z.boolean(),
  concern: z.boolean(),
  choice: SafetyChoice.nullable(),
  /** Whether inviting, joining and a therapist are open to this member now. */
  jointFeatures: z.boolean(),
  answeredAt: Instant.nullable(),
  /** The member's own answers: shown to them and nobody else. */
  answers: SafetyAnswers.nullable(),
  /** A country guessed from the member's time zone, to show helplines first. */
  suggestedCountry: z.string().nullable(),
});
export type SafetyStatus = z.infer<typeof SafetyStatus>;

export const SafetyStatusAnswer = z.object({ safety: SafetyStatus });

export const CrisisResourcesQuery = z.strictObject({
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code')
    .transform((c) => c.toUpperCase())
    .optional(),
});

const Resource = z.object({
  name: z.string(),
  description: z.string(),
  phone: z.string().optional(),
  text: z.string().optional(),
  url: z.string(),
  source: z.string(),
});

export const CrisisResourcesAnswer = z.object({
  country: z.string().nullable(),
  name: z.string(),
  emergency: z.string(),
  resources: z.array(Resource),
  /** Always included, for anyone outside the listed countries or travelling. */
  international: z.object({
    name: z.string(),
    emergency: z.string(),
    resources: z.array(Resource),
  }),
  countries: z.array(z.object({ code: z.string(), name: z.string() })),
  reviewed: z.string(),
});
export type CrisisResourcesAnswer = z.infer<typeof CrisisResourcesAnswer>;
