import { DEFAULT_EXECUTION_RULES, type ExecutionRules, type Ruleset } from '@jicai/domain';
import type { Kysely } from 'kysely';
import { hasRole, type Actor } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { notFound } from '../http/app-error.js';
import { visibleRound } from '../rounds/visible-round.js';

export const OFFICE_ROLES = ['office-admin', 'office-official', 'auditor'] as const;

/**
 * Whose execution a reader sees (issue 12.4): the office every region and company, a region bureau
 * its region, a company its own products (its lines and orders), a hospital its own institution.
 */
export interface MonitoringScope {
  readonly regionCode?: string;
  readonly companyId?: string;
  readonly hospitalId?: string;
}

export function scopeOf(actor: Actor): MonitoringScope {
  const { organisationId, regionCode } = actor; // read before hasRole, a type guard, narrows actor
  if (hasRole(actor, ...OFFICE_ROLES)) return {};
  if (hasRole(actor, 'region-bureau-user')) return { regionCode: regionCode ?? '-' };
  if (hasRole(actor, 'hospital-user')) return { hospitalId: organisationId, regionCode: regionCode ?? '-' };
  return { companyId: organisationId };
}

/** A filter asked for narrowed by the scope: a region or company outside it finds nothing (404 upstream). */
export function within<F extends { regionCode?: string | undefined; companyId?: string | undefined }>(
  scope: MonitoringScope,
  filter: F,
): F {
  if (scope.regionCode && filter.regionCode && filter.regionCode !== scope.regionCode)
    throw notFound('region');
  if (scope.companyId && filter.companyId && filter.companyId !== scope.companyId)
    throw notFound('company', '该企业');
  return {
    ...filter,
    ...(scope.regionCode && { regionCode: scope.regionCode }),
    ...(scope.companyId && { companyId: scope.companyId }),
  };
}

/**
 * The round as monitoring reads it: visible to the reader, with agreements made (else there is no
 * cycle to monitor: 404), and the execution rules frozen with it (a ruleset frozen before a rule
 * existed reads its default).
 */
export async function findMonitoredRound(db: Kysely<Database>, actor: Actor, roundId: string) {
  const round = visibleRound(
    await db
      .selectFrom('round')
      .select(['id', 'code', 'name', 'state', 'ruleset_frozen'])
      .where('id', '=', roundId)
      .executeTakeFirst(),
    { seesDrafts: hasRole(actor, ...OFFICE_ROLES) },
  );
  const job = await db
    .selectFrom('agreement')
    .select('id')
    .where('round_id', '=', roundId)
    .limit(1)
    .executeTakeFirst();
  if (!job) throw notFound('execution of this round', '本轮次的执行情况');
  return { ...round, rules: rulesOf(round.ruleset_frozen) };
}

export const rulesOf = (ruleset: Ruleset | null): ExecutionRules => ({
  ...DEFAULT_EXECUTION_RULES,
  ...ruleset?.execution,
});
