/**
 * Understanding needs (step 8): each partner lists needs in their own words,
 * in one of the categories, with how much each matters (1–3). The other
 * partner acknowledges each ("I understand this need"). An edit is a new
 * version (all are kept) and asks for a new acknowledgment; retiring keeps
 * everything. A need's id stays the same across versions.
 */
import { z } from 'zod';
import { Id, Instant } from '../common.js';
import { NEED_IMPORTANCE_MAX, NEED_TEXT_MAX } from '../limits.js';
import { requiredText, TherapistMaySee } from '../repair/common.js';
import { NEED_CATEGORIES } from './words.js';

export const NeedCategory = z.enum(NEED_CATEGORIES).meta({
  description:
    'communication, quality-time, emotional-support, transparency, space, reassurance, affection or other.',
});

export const NeedImportance = z
  .number()
  .int('must be a whole number')
  .min(1, `must be between 1 and ${NEED_IMPORTANCE_MAX}`)
  .max(NEED_IMPORTANCE_MAX, `must be between 1 and ${NEED_IMPORTANCE_MAX}`)
  .meta({ description: 'How much it matters: 1 it matters, 2 a lot, 3 deeply.' });

const NeedWords = requiredText(NEED_TEXT_MAX, 'The need, in your own words.');

export const CreateNeedBody = z.strictObject({
  category: NeedCategory,
  text: NeedWords,
  importance: NeedImportance,
  therapistMaySee: TherapistMaySee,
});

export const NewNeedVersionBody = z.strictObject({
  category: NeedCategory,
  text: NeedWords,
  importance: NeedImportance,
  therapistMaySee: TherapistMaySee,
});

export const NeedVersion = z.object({
  id: Id,
  version: z.number().int(),
  category: NeedCategory,
  importance: z.number().int(),
  text: z.string(),
  createdAt: Instant,
});

export const Need = z.object({
  id: Id.meta({ description: 'Stable across versions: a commitment may name it.' }),
  authorId: Id,
  status: z.enum(['live', 'retired']),
  current: NeedVersion.meta({ description: 'The newest version.' }),
  versions: z.array(NeedVersion).meta({ description: 'Every version, oldest first.' }),
  acknowledged: z.boolean().meta({
    description: 'The other partner acknowledged the newest version.',
  }),
  acknowledgedAt: Instant.nullable(),
  therapistMaySee: z.boolean(),
  retiredAt: Instant.nullable(),
  can: z.object({ edit: z.boolean(), retire: z.boolean(), acknowledge: z.boolean() }),
  createdAt: Instant,
});
export type Need = z.infer<typeof Need>;

export const NeedAnswer = z.object({ need: Need });
export const NeedList = z.object({
  items: z.array(Need).meta({ description: 'Both partners’ needs, oldest first.' }),
});
export const NeedParams = z.strictObject({ needId: Id });
