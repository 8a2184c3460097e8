import type { z } from 'zod';
import { REQUIRED } from './field-checks.js';
import { joinPath, type InputProblem } from './input-problem.js';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const ARTICLE: Readonly<Record<string, string>> = {
  object: 'an object',
  record: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
};

function listed(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/**
 * The fallback message of every issue a field schema did not word itself (parse-level error map):
 * short, in our words, never zod's defaults.
 */
export function describeIssue(issue: RawIssue): string {
  if (issue.input === undefined && issue.code === 'invalid_type') return REQUIRED;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${ARTICLE[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be one of ${listed(issue.values)}`;
    case 'invalid_union': {
      // a discriminated union names its discriminator values; a plain union has no short summary
      const options: unknown = 'options' in issue ? issue.options : undefined;
      return Array.isArray(options)
        ? `must be one of ${listed(options)}`
        : 'matches none of the allowed forms';
    }
    case 'too_small':
      return issue.origin === 'array' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return 'unknown key';
    default:
      return issue.message ?? 'invalid value';
  }
}

/** zod issues as problems under `prefix`; an unknown key of a map becomes one problem per key. */
export function issuesToProblems(issues: readonly Issue[], prefix: string): InputProblem[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: joinPath(prefix, [...issue.path, key]), message: issue.message }))
      : [{ path: joinPath(prefix, issue.path), message: issue.message }],
  );
}

/** Parses one value, its problems reported under `prefix`. */
export function parseAt<T extends z.ZodType>(
  schema: T,
  value: unknown,
  prefix: string,
  problems: InputProblem[],
): z.output<T> | undefined {
  const result = schema.safeParse(value, { error: describeIssue });
  if (result.success) return result.data;
  problems.push(...issuesToProblems(result.error.issues, prefix));
  return undefined;
}
