/** Why a ceremony field is refused (the page words each one: ceremony_* messages). */
export type CeremonyProblem = 'too-few' | 'not-a-number' | 'below-2' | 'above-n';

/**
 * The ceremony's fields as the office fills them in: at least 2 custodians (n is how many are
 * chosen), k a whole number from 2 to n. The API checks the same; this answers before it is asked.
 */
export function checkCeremony(k: string, n: number): { officials?: CeremonyProblem; k?: CeremonyProblem } {
  const problems: { officials?: CeremonyProblem; k?: CeremonyProblem } = {};
  if (n < 2) problems.officials = 'too-few';
  if (!/^[0-9]{1,3}$/.test(k)) problems.k = 'not-a-number';
  else if (Number.parseInt(k, 10) < 2) problems.k = 'below-2';
  else if (n >= 2 && Number.parseInt(k, 10) > n) problems.k = 'above-n';
  return problems;
}
