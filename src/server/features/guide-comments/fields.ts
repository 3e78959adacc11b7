/**
 * The comment form's fields: what a reader typed, checked, with one plain
 * message per field. Whatever is wrong, every value comes back as typed, so
 * the form can be shown again with nothing lost.
 */
import { EMAIL_MAX, emailProblem } from '../../../domain/email-address.js';
import { isBlank, trimText } from '../../../domain/text.js';

export { EMAIL_MAX };

export const NAME_MAX = 80;
export const WEBSITE_MAX = 200;
export const BODY_MAX = 4_000;
/** The honeypot's name: a field people never see and programs love to fill. */
export const HONEYPOT = 'homepage';

export interface CommentValues {
  name: string;
  email: string;
  website: string;
  body: string;
  /** The comment this one answers, if any. */
  parent: string;
  token: string;
  /** 'on' when the writer asks to be told of replies by e-mail (a checkbox). */
  notify: string;
}

export type FieldName = 'name' | 'email' | 'website' | 'body';

export interface FieldProblem {
  field: FieldName | 'parent';
  message: string;
}

const text = (form: Record<string, unknown>, key: string): string => {
  const value = form[key];
  // A repeated field arrives as a list: the first one counts.
  const first = Array.isArray(value) ? (value[0] as unknown) : value;
  return typeof first === 'string' ? first : '';
};

export function readForm(form: Record<string, unknown>): {
  values: CommentValues;
  honeypot: string;
} {
  return {
    values: {
      name: text(form, 'name'),
      email: text(form, 'email'),
      website: text(form, 'website'),
      body: text(form, 'body'),
      parent: text(form, 'parent'),
      token: text(form, 'token'),
      notify: text(form, 'notify') === 'on' ? 'on' : '',
    },
    honeypot: text(form, HONEYPOT),
  };
}

export interface CheckedComment {
  name: string;
  email: string;
  website: string | null;
  body: string;
}

export function checkFields(
  values: CommentValues,
): { ok: true; comment: CheckedComment } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const name = trimText(values.name);
  if (name === '' || isBlank(name)) problems.push({ field: 'name', message: 'Enter your name' });
  else if (name.length > NAME_MAX)
    problems.push({ field: 'name', message: `Your name can be at most ${NAME_MAX} characters` });

  const email = values.email.trim().toLowerCase();
  const emailMessage = emailProblem(email);
  if (emailMessage) problems.push({ field: 'email', message: emailMessage });

  const websiteText = values.website.trim();
  let website: string | null = null;
  if (websiteText !== '') {
    const url = URL.canParse(websiteText) ? new URL(websiteText) : null;
    if (
      !url ||
      (url.protocol !== 'http:' && url.protocol !== 'https:') ||
      websiteText.length > WEBSITE_MAX
    )
      problems.push({
        field: 'website',
        message: 'Enter a website address starting with https:// or http://, or leave it empty',
      });
    else website = url.href;
  }

  const body = trimText(values.body);
  if (body === '' || isBlank(body)) problems.push({ field: 'body', message: 'Write your comment' });
  else if (body.length > BODY_MAX)
    problems.push({
      field: 'body',
      message: `Your comment is ${body.length} characters; it can be at most ${BODY_MAX}`,
    });

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, comment: { name, email, website, body } };
}
