import { DEFAULT_EXECUTION_RULES, shanghaiDate, type ExecutionRules, type Ruleset } from '@jicai/domain';
import type { Kysely } from 'kysely';
import { hasRole, type Actor } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { readRoundNow } from '../db/db-clock.js';
import { findVisibleRound } from '../rounds/visible-round.js';
import type { MoneyScope } from './invoices.repository.js';

export const OFFICE_ROLES = ['office-admin', 'office-official', 'auditor'] as const;

/** Whose money a reader sees: the office all, a region bureau its region's hospitals, a party its own. */
export function moneyScopeOf(actor: Actor): MoneyScope {
  const { organisationId, regionCode } = actor; // read before hasRole, a type guard, narrows actor
  if (hasRole(actor, ...OFFICE_ROLES)) return {};
  if (hasRole(actor, 'region-bureau-user')) return { regionCode: regionCode ?? '-' };
  if (hasRole(actor, 'hospital-user')) return { hospitalId: organisationId };
  return { companyId: organisationId };
}

/** The round as the reader may see it (404 otherwise), and its date: the round's clock, Beijing date. */
export async function roundToday(db: Kysely<Database>, actor: Actor, roundId: string) {
  await findVisibleRound(db, roundId, { seesDrafts: hasRole(actor, ...OFFICE_ROLES) });
  return shanghaiDate(await readRoundNow(db, roundId));
}

/** The round's execution rules; a ruleset frozen before a parameter existed has its default. */
export const executionRules = (ruleset: Ruleset | null): ExecutionRules => ({
  ...DEFAULT_EXECUTION_RULES,
  ...ruleset?.execution,
});
