import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CheckInList } from '../../../contract/check-ins.js';
import { checkedSerializer, serializerFor } from './response-serializer.js';

const checkIn = {
  id: '0192f3a0-0000-7000-8000-000000000001',
  memberId: '0192f3a0-0000-7000-8000-000000000002',
  day: '2026-12-05',
  trust: 4,
  honesty: null,
  reliability: 5,
  openness: 3,
  safety: 5,
  reassured: null,
  perceivedTrust: null,
  effort: 4,
  talkedOpenly: true,
  note: { text: 'We walked "after" dinner\n— and talked.', visibility: 'shared' },
  therapistMaySee: false,
  updatedAt: '2026-12-05T08:00:00.000Z',
};

describe('the response serializer', () => {
  it('writes what parsing through the schema and JSON.stringify would', () => {
    const answer = {
      items: [checkIn, { ...checkIn, note: null }],
      today: '2026-12-05',
      asksPerceivedTrust: false,
    };
    expect(serializerFor(CheckInList)(answer)).toBe(JSON.stringify(CheckInList.parse(answer)));
  });

  it('leaves out every key the schema does not name, at any depth', () => {
    const answer = {
      items: [
        {
          ...checkIn,
          spaceId: 'secret-space',
          noteText: 'm1.cipher',
          note: { ...checkIn.note, authorId: 'x' },
        },
      ],
      today: '2026-12-05',
      asksPerceivedTrust: true,
      passwordHash: 'never',
    };
    const written = serializerFor(CheckInList)(answer);
    expect(written).not.toMatch(/secret-space|m1\.cipher|authorId|passwordHash/);
    expect(JSON.parse(written)).toEqual(CheckInList.parse(answer));
  });

  it('leaves out an optional key without a value, and hands a union to zod', () => {
    const schema = z.object({
      kind: z.enum(['a', 'b']),
      label: z.string().optional(),
      value: z.union([z.number(), z.object({ text: z.string() })]),
      count: z.number(),
      flag: z.literal(true),
    });
    const serialize = serializerFor(schema);
    expect(serialize({ kind: 'a', value: { text: 'x', extra: 1 }, count: 1.5, flag: true })).toBe(
      '{"kind":"a","value":{"text":"x"},"count":1.5,"flag":true}',
    );
    expect(serialize({ kind: 'b', label: 'L', value: 2, count: 0, flag: true })).toBe(
      '{"kind":"b","label":"L","value":2,"count":0,"flag":true}',
    );
  });

  it('outside production, fails an answer its schema refuses instead of sending it', () => {
    const schema = z.object({ id: z.uuid() });
    expect(() => checkedSerializer(schema, false)({ id: 'not-a-uuid' })).toThrow();
    expect(checkedSerializer(schema, true)({ id: 'not-a-uuid' })).toBe('{"id":"not-a-uuid"}');
  });
});
