import { z } from 'zod';
import { schemaMessageFr } from '../model/schema';
import { describeValue, formatPath, type LoadError } from './load-error';

const french = z.locales.fr().localeError;

/** zod's own message in French, from its French locale; ours (the schema's) from their French twins. */
function frenchOf(issue: z.core.$ZodIssue): string {
  const twin = schemaMessageFr(issue.message);
  if (twin) return twin;
  const text = french(issue as unknown as z.core.$ZodRawIssue);
  const message = typeof text === 'string' ? text : text?.message;
  return message ?? issue.message;
}

/**
 * Turns a failed parse into problems naming the field and the value, in English and French. Parse with
 * `reportInput: true` so each issue carries the offending value.
 */
export function schemaProblems(
  error: z.ZodError,
  prefix: readonly PropertyKey[],
  at: Pick<LoadError, 'file' | 'feature'>,
): LoadError[] {
  return error.issues.map((issue) => ({
    ...at,
    field: formatPath([...prefix, ...issue.path]),
    value: describeValue((issue as { input?: unknown }).input),
    message: issue.message,
    fr: { message: frenchOf(issue) },
  }));
}
