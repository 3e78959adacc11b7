/**
 * The guide's articles: Markdown files in content/guide/, each with front
 * matter naming its title, summary, date, slug, order and the screen of the
 * app that puts it into practice. Read and checked once at start — a broken
 * article stops Mend with the file's name, as a bad variable does, rather
 * than showing a half page to a reader.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { renderMarkdown, type RenderedMarkdown } from './markdown.js';

const FrontMatter = z.strictObject({
  title: z.string().min(3).max(120),
  summary: z.string().min(20).max(300),
  date: z.iso.date(),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by dashes'),
  order: z.number().int().min(1),
  practice: z.strictObject({
    path: z.string().regex(/^\/[a-z0-9/-]*$/, 'a path of the app, such as /check-in'),
    label: z.string().min(3).max(120),
  }),
});

export interface Article extends RenderedMarkdown {
  title: string;
  summary: string;
  /** The publication day, YYYY-MM-DD. */
  date: string;
  slug: string;
  order: number;
  practice: { path: string; label: string };
  /** Minutes at about 220 words a minute, at least one. */
  readingMinutes: number;
}

export class ArticleError extends Error {
  override name = 'ArticleError';
}

const WORDS_PER_MINUTE = 220;

/** Splits `---\n yaml \n---\n body`; the front matter is required. */
function splitFrontMatter(file: string, text: string): { meta: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new ArticleError(`${file}: no front matter (--- … ---) at the top`);
  return { meta: parseYaml(match[1]!), body: match[2]! };
}

export function parseArticle(file: string, text: string): Article {
  const { meta, body } = splitFrontMatter(file, text);
  const parsed = FrontMatter.safeParse(meta);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ArticleError(`${file}: front matter is not valid:\n${lines.join('\n')}`);
  }
  const words = body.split(/\s+/).filter(Boolean).length;
  return {
    ...parsed.data,
    ...renderMarkdown(body),
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}

/** Every article in `dir`, in reading order; slugs and orders must be unique. */
export function loadArticles(dir: string): Article[] {
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const articles = files.map((name) =>
    parseArticle(name, fs.readFileSync(path.join(dir, name), 'utf8')),
  );
  for (const key of ['slug', 'order'] as const) {
    const seen = new Set<string | number>();
    for (const article of articles) {
      if (seen.has(article[key]))
        throw new ArticleError(`two articles share the ${key} ${String(article[key])}`);
      seen.add(article[key]);
    }
  }
  return articles.sort((a, b) => a.order - b.order);
}
