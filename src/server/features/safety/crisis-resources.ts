/** Crisis resources by country, from the data file beside this one, checked once at load. */
import { z } from 'zod';
import data from './crisis-resources.json' with { type: 'json' };

const Resource = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  phone: z.string().optional(),
  text: z.string().optional(),
  url: z.url(),
  /** Where the entry was taken from: every entry names its source. */
  source: z.url(),
});

const CountryResources = z.strictObject({
  name: z.string(),
  emergency: z.string(),
  resources: z.array(Resource).min(1),
});

export const CrisisResourceFile = z.strictObject({
  reviewed: z.string(),
  note: z.string(),
  countries: z.record(z.string().regex(/^[A-Z]{2}$/), CountryResources),
  international: CountryResources,
});

export type CrisisResourceFile = z.infer<typeof CrisisResourceFile>;

let loaded: CrisisResourceFile | undefined;

export function crisisResources(): CrisisResourceFile {
  loaded ??= CrisisResourceFile.parse(data);
  return loaded;
}
