import { CURRENCY } from './ocds-constants.js';

/** Node's JSON.rawJSON (V8; not yet in TypeScript's lib): a value JSON.stringify writes as given. */
const rawJSON = (JSON as unknown as { rawJSON(text: string): unknown }).rawJSON;

const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * An OCDS Value from a decimal string. OCDS types `amount` as a JSON number; a JS number would round
 * 0.1 + 0.2 style, so the amount is written into the JSON text digit for digit from the decimal
 * string (JSON.rawJSON), never through a float, and the same digits go into `amountText`
 * (our extension) for readers whose JSON parser turns numbers into floats.
 */
export function valueOf(amount: string): { amount: unknown; amountText: string; currency: string } {
  if (!DECIMAL.test(amount)) throw new Error(`not a decimal amount: ${amount}`);
  return { amount: rawJSON(amount), amountText: amount, currency: CURRENCY };
}
