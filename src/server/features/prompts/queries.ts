/** Which prompts a couple used: picked ones, and those named by a logged conversation. */
import type { Kysely, Selectable } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';
import type { DB, PromptPicksTable } from '../../platform/db/schema.js';
import { visibleTo } from '../../platform/db/visibility.js';

export type PromptPickRow = Selectable<PromptPicksTable>;

export async function insertPromptPick(db: Kysely<DB>, row: PromptPickRow): Promise<void> {
  await db.insertInto('promptPicks').values(row).execute();
}

/** Prompt id → when it was last used in this space. */
export async function promptUses(
  db: Kysely<DB>,
  spaceId: string,
  reader: Reader,
): Promise<Map<string, string>> {
  const [picks, talks] = await Promise.all([
    db
      .selectFrom('promptPicks')
      .select(['promptId', 'createdAt'])
      .where('spaceId', '=', spaceId)
      .where(visibleTo(reader))
      .execute(),
    db
      .selectFrom('conversations')
      .select(['promptId', 'createdAt'])
      .where('spaceId', '=', spaceId)
      .where('promptId', 'is not', null)
      .where(visibleTo(reader))
      .execute(),
  ]);
  const uses = new Map<string, string>();
  for (const use of [...picks, ...talks]) {
    const earlier = uses.get(use.promptId!);
    if (!earlier || earlier < use.createdAt) uses.set(use.promptId!, use.createdAt);
  }
  return uses;
}
