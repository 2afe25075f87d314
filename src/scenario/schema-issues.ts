import { z } from 'zod';
import { schemaMessageFr } from '../model/schema';
import { describeValue, formatPath, type LoadError, type PlainIssue } from './load-error';

const french = z.locales.fr().localeError;

/** zod's own message in French, from its French locale; ours (the schema's) from their French twins. */
function frenchOf(issue: z.core.$ZodIssue): string {
  const twin = schemaMessageFr(issue.message);
  if (twin) return twin;
  const text = french(issue as unknown as z.core.$ZodRawIssue);
  const message = typeof text === 'string' ? text : text?.message;
  return message ?? issue.message;
}

const sizeOf = (input: unknown): number | undefined =>
  Array.isArray(input) ? input.length : typeof input === 'string' ? input.length : undefined;

/**
 * What went wrong as data, for a plain sentence (plain-problem.ts). Undefined where the schema's own message
 * (a format such as "an ISO 8601 date-time…") already says what to write.
 */
export function plainIssueOf(issue: z.core.$ZodIssue): PlainIssue | undefined {
  const input = (issue as { input?: unknown }).input;
  // A required field left out fails its type, its list of values or its alternatives alike: it is missing.
  if (input === undefined && ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code))
    return { code: 'missing' };
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'type', expected: issue.expected };
    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const count = sizeOf(input);
      return { code: issue.code, origin: issue.origin, limit, ...(count !== undefined && { count }) };
    }
    case 'invalid_value':
      return { code: 'one_of', options: issue.values.map((v) => String(v)) };
    case 'unrecognized_keys':
      return { code: 'unknown_fields', keys: [...issue.keys] };
    default:
      // The schema's own messages say what to write; zod's generic ones ("Invalid input") do not.
      return schemaMessageFr(issue.message) ? undefined : { code: 'invalid' };
  }
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
  return error.issues.map((issue) => {
    const plain = plainIssueOf(issue);
    return {
      ...at,
      field: formatPath([...prefix, ...issue.path]),
      value: describeValue((issue as { input?: unknown }).input),
      message: issue.message,
      fr: { message: frenchOf(issue) },
      ...(plain && { issue: plain }),
    };
  });
}
