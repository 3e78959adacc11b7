import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldsOutside, outputJsonSchema } from './allow-list.js';

const Member = z.object({ id: z.string(), displayName: z.string() });
const Answer = z.object({
  items: z.array(Member),
  partner: z.union([Member, z.null()]),
  counts: z.record(z.string(), z.number()),
});

describe('fieldsOutside', () => {
  const schema = outputJsonSchema(Answer);

  it('finds nothing in an answer that keeps to its schema', () => {
    const answer = { items: [{ id: '1', displayName: 'A' }], partner: null, counts: { x: 1 } };
    expect(fieldsOutside(schema, answer)).toEqual([]);
  });

  it('names each field the schema does not list, at any depth and in either branch of a union', () => {
    const answer = {
      items: [{ id: '1', displayName: 'A', email: 'a@example.test' }],
      partner: { id: '2', displayName: 'B', passwordHash: 'x' },
      counts: { any: 2 },
      spaceId: 's',
    };
    expect(fieldsOutside(schema, answer).sort()).toEqual([
      'items[0].email',
      'partner.passwordHash',
      'spaceId',
    ]);
  });
});
