import type { RoundNames } from './round-names.repository.js';

/** id key → the name key put right after it, and where its name comes from. */
const NAMED: Readonly<Record<string, readonly [string, keyof RoundNames]>> = {
  companyId: ['companyName', 'organisations'],
  brandCompanyId: ['brandCompanyName', 'organisations'],
  institutionId: ['institutionName', 'organisations'],
  regionId: ['regionName', 'regions'],
  productId: ['productName', 'products'],
  primary: ['primaryName', 'organisations'],
  backup: ['backupName', 'organisations'],
};

/** Every organisation id a published evaluation document names (to fetch their names at once). */
export function organisationIdsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) organisationIdsIn(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && NAMED[key]?.[1] === 'organisations') into.add(v);
      else organisationIdsIn(v, into);
    }
  }
  return into;
}

/**
 * A published document (the contract's output) as people read it: every id kept where it was, its
 * name right after it (null when unknown). The contract itself stays ids only: it is re-run
 * offline, and names are not part of the rules.
 */
export function withNames(value: unknown, names: RoundNames): unknown {
  if (Array.isArray(value)) return value.map((v) => withNames(v, names));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = withNames(v, names);
    const named = NAMED[key];
    if (named && (typeof v === 'string' || v === null))
      out[named[0]] = v === null ? null : (names[named[1]].get(v) ?? null);
  }
  return out;
}
