/**
 * A prepared query answers what the same query built each time answers, on
 * both databases and inside a transaction, with its parameters bound per call
 * (never the first call's values again) and its constants kept.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeEachDatabase,
  type TestDatabase,
} from '../../../../test/support/databases.js';
import { prepared } from './prepared.js';

const now = '2026-12-05T08:00:00.000Z';

const memberById = prepared(['id'], (db, p) =>
  db.selectFrom('members').select(['id', 'displayName', 'timeZone']).where('id', '=', p.id),
);

// 'UTC' is a constant of the query, not a placeholder: it must stay bound as itself.
const membersInZone = prepared(['prefix'], (db, p) =>
  db
    .selectFrom('members')
    .select('id')
    .where('timeZone', '=', 'UTC')
    .where('id', 'like', p.prefix)
    .orderBy('id'),
);

const rename = prepared(['id', 'name', 'now'], (db, p) =>
  db.updateTable('members').set({ displayName: p.name, updatedAt: p.now }).where('id', '=', p.id),
);

describeEachDatabase('prepared queries', (kind) => {
  let test: TestDatabase;

  beforeEach(async () => {
    test = await createTestDatabase(kind);
    await test.database.db
      .insertInto('members')
      .values(
        [
          ['m-1', 'UTC'],
          ['m-2', 'Europe/Berlin'],
          ['m-3', 'UTC'],
        ].map(([id, timeZone]) => ({
          id: id!,
          email: `${id}@example.test`,
          displayName: `Member ${id}`,
          passwordHash: 'x',
          timeZone: timeZone!,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .execute();
  });
  afterEach(() => test.drop());

  it('binds each call’s parameters and renames the columns as Kysely does', async () => {
    const { db } = test.database;
    expect(await memberById.first(db, { id: 'm-2' })).toEqual({
      id: 'm-2',
      displayName: 'Member m-2',
      timeZone: 'Europe/Berlin',
    });
    expect(await memberById.first(db, { id: 'm-1' })).toMatchObject({ timeZone: 'UTC' });
    expect(await memberById.first(db, { id: 'nobody' })).toBeUndefined();
  });

  it('keeps the values written into the query as constants', async () => {
    const { db } = test.database;
    expect(await membersInZone.all(db, { prefix: 'm-%' })).toEqual([{ id: 'm-1' }, { id: 'm-3' }]);
  });

  it('writes, counts the rows it changed, and runs inside a transaction', async () => {
    const { db } = test.database;
    expect(await rename.run(db, { id: 'm-1', name: 'Ada', now })).toBe(1);
    expect(await rename.run(db, { id: 'nobody', name: 'Ada', now })).toBe(0);
    await expect(
      db.transaction().execute(async (trx) => {
        await rename.run(trx, { id: 'm-3', name: 'Grace', now });
        expect(await memberById.first(trx, { id: 'm-3' })).toMatchObject({ displayName: 'Grace' });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await memberById.first(db, { id: 'm-1' })).toMatchObject({ displayName: 'Ada' });
    expect(await memberById.first(db, { id: 'm-3' })).toMatchObject({ displayName: 'Member m-3' });
  });

  it('refuses a query whose placeholder does not end up as a bound value', async () => {
    const unbound = prepared(['id', 'unused'], (db, p) =>
      db.selectFrom('members').select('id').where('id', '=', p.id),
    );
    await expect(unbound.first(test.database.db, { id: 'm-1', unused: 'x' })).rejects.toThrow(
      /does not bind unused/,
    );
  });
});
