/**
 * Markdown to HTML for the guide: marked renders, sanitize-html keeps only an
 * allow-list of tags and attributes. The articles are ours, but the sanitiser
 * still runs: a pasted snippet with a script or an inline handler must not
 * reach a reader under a strict CSP that would only half-stop it.
 */
import { Marked, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';

export interface RenderedMarkdown {
  html: string;
  /** The ids of the headings, for links to a section (`/guide/slug#id`). */
  anchors: string[];
}

/** "Why it helps to name all three" → "why-it-helps-to-name-all-three". */
export function anchorOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&[a-z]+;|&#\d+;/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const ALLOWED = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'p',
    'a',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'code',
    'pre',
    'blockquote',
    'hr',
    'br',
  ],
  allowedAttributes: { a: ['href'], h2: ['id'], h3: ['id'], h4: ['id'] },
  // Links go to our own pages, or out over https only.
  allowedSchemes: ['https'],
  allowProtocolRelative: false,
};

export function renderMarkdown(source: string): RenderedMarkdown {
  const anchors: string[] = [];
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token) {
        // The article's title is the page's one h1; its sections start at h2.
        const depth = Math.min(4, Math.max(2, token.depth));
        let id = anchorOf(token.text) || 'section';
        while (anchors.includes(id)) id += '-more';
        anchors.push(id);
        return `<h${depth} id="${id}">${this.parser.parseInline(token.tokens)}</h${depth}>\n`;
      },
    },
  });
  const raw = marked.parse(source, { async: false });
  return { html: sanitizeHtml(raw, ALLOWED), anchors };
}
