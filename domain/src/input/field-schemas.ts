import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date.js';
import { parseInstant } from '../dates/instant.js';
import { Dec } from '../money/decimal.js';
import { decimalProblem, integerProblem, REQUIRED, type DecimalRule } from './field-checks.js';

/**
 * zod building blocks for the input's fields, each with the message a user can act on. Nullable
 * fields may be omitted (G53): they default to null.
 */

type RawIssue = z.core.$ZodRawIssue;

/** A missing field says so; a present one of the wrong kind says what was expected. */
export function requiredOr(message: string): (issue: RawIssue) => string {
  return (issue) => (issue.input === undefined ? REQUIRED : message);
}

export function text() {
  return z.string({ error: requiredOr('expected a string') });
}

export function nullableText() {
  return z.string({ error: 'expected a string or null' }).nullable().default(null);
}

export function flag() {
  return z.boolean({ error: requiredOr('expected true or false') });
}

export function nullableFlag() {
  return z.boolean({ error: 'expected true, false or null' }).nullable().default(null);
}

/** A decimal string checked by G31's grammar, kept as text (rulesets hold decimal strings). */
export function decimalText(rule: DecimalRule = {}) {
  return z.string({ error: requiredOr('not a decimal string') }).check((ctx) => {
    const problem = decimalProblem(ctx.value, rule);
    if (problem !== null) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });
}

/** A decimal string as an exact Dec: money, strengths and volumes never touch a JS number. */
export function decimal(rule: DecimalRule = {}) {
  return decimalText(rule).transform((value) => new Dec(value));
}

export function nullableDecimal(rule: DecimalRule = {}) {
  return decimal(rule).nullable().default(null);
}

export function integer(min = 0) {
  const message = min === 0 ? 'must be a non-negative integer' : `must be an integer ≥ ${min}`;
  return z.number({ error: requiredOr(message) }).check((ctx) => {
    const problem = integerProblem(ctx.value, min);
    if (problem !== null) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });
}

export function nullableInteger(min = 0) {
  return z
    .number({ error: `must be ${min === 0 ? 'a non-negative integer' : `an integer ≥ ${min}`} or null` })
    .check((ctx) => {
      const problem = integerProblem(ctx.value, min);
      if (problem !== null) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
    })
    .nullable()
    .default(null);
}

/** G31: dates are YYYY-MM-DD and must exist on the calendar. */
export function nullableCalendarDate() {
  return z
    .string({ error: 'expected a YYYY-MM-DD date or null' })
    .refine(isCalendarDate, { message: 'not a YYYY-MM-DD calendar date' })
    .nullable()
    .default(null);
}

/** G31, G26: an RFC 3339 date-time with an offset, kept as written and as an exact instant. */
export function instant() {
  return z.string({ error: requiredOr('expected an RFC 3339 date-time string') }).transform((value, ctx) => {
    const seconds = parseInstant(value);
    if (seconds !== null) return { text: value, seconds };
    ctx.issues.push({ code: 'custom', message: 'not an RFC 3339 date-time with an offset', input: value });
    return z.NEVER;
  });
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: requiredOr(`must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`),
  });
}

export function nullableOneOf<const T extends readonly [string, ...string[]]>(values: T) {
  const listed = values.map((v) => JSON.stringify(v)).join(', ');
  return z
    .enum(values, { error: `must be one of ${listed} or null` })
    .nullable()
    .default(null);
}
