import { m } from '$lib/paraglide/messages.js';

/**
 * The ceremony's fields as the office fills them in: at least 2 custodians (n is how many are
 * chosen), k a whole number from 2 to n. The API checks the same; this answers before it is asked.
 */
export function checkCeremony(k: string, n: number): Record<string, string> {
  const fields: Record<string, string> = {};
  if (n < 2) fields.officials = m.ceremony_officials_too_few();
  if (!/^[0-9]{1,3}$/.test(k)) fields.k = m.ceremony_k_invalid();
  else if (Number.parseInt(k, 10) < 2) fields.k = m.ceremony_k_too_small();
  else if (n >= 2 && Number.parseInt(k, 10) > n) fields.k = m.ceremony_k_above_n({ n: String(n) });
  return fields;
}
