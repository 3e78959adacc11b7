/** The prompts picked in your space. */
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { unsafeExportScope } from '../repair-shared/data-scope.js';
import { findPrompt } from './library.js';

export const promptsDataSource: MemberDataSource = {
  async export({ db, memberId, spaceId, reader }) {
    const rows = await db
      .selectFrom('promptPicks')
      .selectAll()
      .where(unsafeExportScope(memberId, spaceId, reader))
      .orderBy('createdAt')
      .execute();
    return {
      prompt_picks: rows.map((row) => ({
        id: row.id,
        spaceId: row.spaceId,
        authorId: row.authorId,
        promptId: row.promptId,
        promptText: findPrompt(row.promptId)?.text ?? null,
        createdAt: row.createdAt,
      })),
    };
  },
};
