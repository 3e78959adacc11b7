/**
 * The spam signals that need only the text: more links than a person adds to
 * a comment, and the banned words (content/comment-banned-words.txt). The
 * others — honeypot, fill time, rates — are checked by the service. A signal
 * never refuses: it stores the comment as spam with its reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../platform/project-root.js';
import { linksIn } from './plain-text.js';

/** More links than this in one comment marks it as spam. */
export const MAX_LINKS = 2;

let banned: RegExp[] | undefined;

function bannedPatterns(): RegExp[] {
  banned ??= fs
    .readFileSync(path.join(projectRoot(), 'content', 'comment-banned-words.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((phrase) => {
      const words = phrase.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
    });
  return banned;
}

export function textSignal(fields: { name: string; website: string; body: string }): string | null {
  if (linksIn(fields.body).length > MAX_LINKS) return 'links';
  const all = `${fields.name}\n${fields.website}\n${fields.body}`;
  if (bannedPatterns().some((pattern) => pattern.test(all))) return 'banned-word';
  return null;
}
