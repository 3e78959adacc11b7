/**
 * The visibility rule of `domain/visibility.ts`, as a `where` clause. Every
 * query that lists or reads entries a partner or therapist may see goes
 * through `visibleTo`, so the rule lives in one place.
 *
 * Content tables name their columns the same way: `author_id`, `visibility`
 * ('private' | 'shared') and `therapist_visible` (0/1). A table that differs
 * passes its own column names.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Reader } from '../../../domain/visibility.js';

export interface VisibilityColumns {
  author: string;
  visibility: string;
  therapist: string;
}

export const DEFAULT_VISIBILITY_COLUMNS: VisibilityColumns = {
  author: 'authorId',
  visibility: 'visibility',
  therapist: 'therapistVisible',
};

export function visibleTo(reader: Reader, columns: VisibilityColumns = DEFAULT_VISIBILITY_COLUMNS) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any content table
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    switch (reader.role) {
      case 'partner':
        return eb.or([
          eb(sql.ref(columns.author), '=', reader.memberId),
          eb(sql.ref(columns.visibility), '=', 'shared'),
        ]);
      case 'therapist':
        return eb.and([
          eb(sql.ref(columns.visibility), '=', 'shared'),
          eb(sql.ref(columns.therapist), '=', 1),
        ]);
    }
  };
}
