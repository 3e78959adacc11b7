/**
 * A comment is plain text: escaped, paragraphs by blank lines, line breaks
 * kept, and http(s) addresses made into links that pass no ranking and no
 * opener (`rel="nofollow ugc noopener"`). Nothing a commenter types becomes
 * markup.
 */
import { escapeHtml, markup, raw, type Raw } from '../guide/html.js';

/** An address in running text; a closing bracket or full stop after it is prose, not address. */
const URL_PATTERN = /https?:\/\/[^\s<>"]+/giu;
const TRAILING = /[.,;:!?)\]'}]+$/u;

export const LINK_REL = 'nofollow ugc noopener';

/** The addresses a text holds, as it will link them. */
export function linksIn(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((match) => match[0].replace(TRAILING, ''));
}

function linkify(line: string): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const address = match[0].replace(TRAILING, '');
    out += escapeHtml(line.slice(last, match.index));
    out += markup`<a href="${address}" rel="${LINK_REL}">${address}</a>`.html;
    last = match.index + address.length;
  }
  return out + escapeHtml(line.slice(last));
}

export function renderPlainText(text: string): Raw {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return raw(
    paragraphs.map((p) => `<p>${p.split('\n').map(linkify).join('<br>\n')}</p>`).join('\n'),
  );
}
