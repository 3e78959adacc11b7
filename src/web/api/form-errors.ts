/**
 * Turns whatever a failed request threw into what a form shows: a message per
 * field it knows, next to that field, and one general message for the rest.
 * The server's field messages are phrases ("must be at least 12 characters"),
 * so they are joined to the field's label to read as a sentence.
 */
import type { ProblemCode } from '../../contract/problems';
import { ApiError, OfflineError, StepUpCancelled } from './client';

export interface FormErrors {
  fields: Record<string, string>;
  general: string | null;
}

export const noErrors: FormErrors = { fields: {}, general: null };

/** Problem codes that belong to one field although the server names none. */
const CODE_TO_FIELD: Partial<Record<ProblemCode, string>> = {
  'email-taken': 'email',
};

export function formErrorsFrom(error: unknown, labels: Record<string, string>): FormErrors {
  // Cancelling the confirmation changed nothing; the form simply stays as it was.
  if (error instanceof StepUpCancelled) return noErrors;
  if (error instanceof OfflineError) {
    return {
      fields: {},
      general: 'Mend could not reach the server. Please check your connection and try again.',
    };
  }
  if (!(error instanceof ApiError)) {
    return { fields: {}, general: 'Something went wrong. Please try again.' };
  }
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const { field, message } of error.errors) {
    const label = labels[field];
    if (label && !fields[field]) fields[field] = `${label} ${message}`;
    else rest.push(message);
  }
  const codeField = error.code === 'unknown' ? undefined : CODE_TO_FIELD[error.code];
  if (codeField && labels[codeField]) {
    fields[codeField] = [error.title, error.detail].filter(Boolean).join('. ');
    return { fields, general: null };
  }
  const named = Object.keys(fields).length > 0;
  const general = named && rest.length === 0 ? null : describeProblem(error);
  return { fields, general };
}

/** A problem's title and detail as one calm sentence or two. */
export function describeProblem(error: ApiError): string {
  return [error.title, error.detail].filter(Boolean).join('. ');
}
