/**
 * Just enough MIME to read what nodemailer sends the SMTP sink: the headers
 * (unfolded), and the text and HTML parts of a multipart/alternative body,
 * with quoted-printable and base64 undone. Tests only; not a general parser.
 */
export interface ParsedMail {
  headers: Map<string, string>;
  text: string;
  html: string;
}

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at === -1 ? raw : raw.slice(0, at);
  const body = at === -1 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decode(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '').toLowerCase()) {
    case 'quoted-printable': {
      const bytes = body
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
      // Percent-decode byte by byte so multi-byte UTF-8 comes back whole.
      return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
    }
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body;
  }
}

export function parseMail(raw: string): ParsedMail {
  const { headers, body } = splitHead(raw);
  const type = headers.get('content-type') ?? 'text/plain';
  const parts: { type: string; content: string }[] = [];
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (boundary) {
    for (const chunk of body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break;
      const part = splitHead(chunk.replace(/^\r?\n/, ''));
      parts.push({
        type: part.headers.get('content-type') ?? 'text/plain',
        content: decode(
          part.body.replace(/\r?\n$/, ''),
          part.headers.get('content-transfer-encoding'),
        ),
      });
    }
  } else {
    parts.push({ type, content: decode(body, headers.get('content-transfer-encoding')) });
  }
  const of = (kind: string) => parts.find((p) => p.type.startsWith(kind))?.content ?? '';
  return { headers, text: of('text/plain'), html: of('text/html') };
}

/** Every http(s) link in a text. */
export const linksIn = (text: string) => text.match(/https?:\/\/[^\s<>"]+/g) ?? [];

/** The `token` a Mend link carries in its fragment (or query). */
export function tokenOf(link: string): string {
  const url = new URL(link.replace(/&amp;/g, '&'));
  return new URLSearchParams(url.hash.slice(1)).get('token') ?? url.searchParams.get('token') ?? '';
}
