/**
 * A one-second cache of an article's comments section as a plain reader sees
 * it (no reply form open, no status line). An article is the guide's busiest
 * page, and its comments change rarely: rendering them once a second instead
 * of on every request takes two queries and the whole render off the path.
 *
 * Any change made through this node (a comment posted, moderated, deleted, an
 * article closed) empties it at once, so a writer always sees their own post.
 * Another node sees a change within the second. The form token in a cached
 * section is at most a second old, so the minimum fill time it carries only
 * grows a little; the token still expires after a day.
 */
import type { Raw } from '../guide/html.js';

export const SECTION_TTL_MS = 1_000;

export class SectionCache {
  readonly #entries = new Map<string, { at: number; changes: number; section: Raw }>();

  constructor(
    /** A counter the comment service raises on every change. */
    private readonly changes: () => number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async get(slug: string, render: () => Promise<Raw>): Promise<Raw> {
    const changes = this.changes();
    const entry = this.#entries.get(slug);
    const now = this.now();
    if (entry && entry.changes === changes && now - entry.at < SECTION_TTL_MS) return entry.section;
    const section = await render();
    // Only what was rendered with no change since may be kept.
    if (this.changes() === changes) this.#entries.set(slug, { at: now, changes, section });
    return section;
  }
}
