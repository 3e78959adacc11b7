/**
 * A queued mail as it leaves: subject, both bodies and headers. Every mail of
 * an opt-out category carries RFC 8058 one-click unsubscribe headers (the
 * mail client POSTs `List-Unsubscribe=One-Click` to the API) and a link in
 * the body to a page that asks before turning the kind off. Security mails
 * carry neither: they say instead why they always come.
 */
import type { FieldCipher } from '../crypto/field-cipher.js';
import { TEMPLATES, type TemplateName } from './templates.js';
import { UNSUBSCRIBE_PATH, unsubscribeToken } from './unsubscribe.js';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export function renderMail(
  kind: TemplateName,
  link: string | null,
  recipient: { lookup: string; cipher: FieldCipher; publicUrl: string },
): RenderedMail {
  const template = TEMPLATES[kind];
  const rendered = {
    subject: template.subject,
    text: template.text(link),
    html: template.html(link),
    headers: {},
  };
  if (template.category === 'security') return rendered;
  const token = unsubscribeToken(recipient.cipher, recipient.lookup, kind);
  const oneClick = `${recipient.publicUrl}${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(token)}`;
  // The page (not the API) for people: it asks before changing anything, so
  // a scanner that opens links turns nothing off.
  const page = `${recipient.publicUrl}/mail/unsubscribe#token=${encodeURIComponent(token)}`;
  const words = 'To stop e-mails like this one, open:';
  return {
    subject: rendered.subject,
    text: `${rendered.text}\n\n${words}\n${page}\n`,
    html: rendered.html.replace(
      '</body>',
      `<p style="font-size:0.9em;color:#555">${words} <a href="${page}">${page}</a></p>\n</body>`,
    ),
    headers: {
      'List-Unsubscribe': `<${oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
