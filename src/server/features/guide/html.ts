/** Escaping for the guide's server-rendered pages and feeds: text and attribute values. */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** A template tag (not named `html`, so formatters leave the markup alone) whose `${}` values are escaped unless wrapped in `raw()`. */
export class Raw {
  constructor(readonly html: string) {}
}

export const raw = (html: string) => new Raw(html);

type Value = string | number | Raw | readonly Value[] | null | undefined | false;

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Raw) return value.html;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(typeof value === 'number' ? String(value) : (value as string));
}

export function markup(strings: TemplateStringsArray, ...values: Value[]): Raw {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Raw(out);
}
