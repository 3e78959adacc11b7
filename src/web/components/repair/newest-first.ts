/** Versions of one entry, the newest first (a copy; the list given is kept). */
export const newestFirst = <T extends { version: number }>(items: T[]): T[] =>
  [...items].sort((a, b) => b.version - a.version);
