import {
  DEFAULT_EXECUTION_RULES,
  Dec,
  explainSurplus,
  type ExecutionRules,
  type Ruleset,
  type SurplusGrade,
} from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import { hasRole, type Actor } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { AppError, notFound } from '../http/app-error.js';
import { mapPage, type Page } from '../http/list.js';
import { lockRoundForUpdate } from '../rounds/rounds.repository.js';
import { visibleRound } from '../rounds/visible-round.js';
import type { Kysely } from 'kysely';
import * as repo from './surplus.repository.js';

const OFFICE_ROLES = ['office-admin', 'office-official', 'auditor'] as const;

/** The office reads every institution, a region bureau those of its region, a hospital itself. */
function scopeOf(actor: Actor, regionFilter: string | undefined): repo.SurplusScope {
  const { organisationId, regionCode } = actor; // read before hasRole narrows actor
  if (hasRole(actor, ...OFFICE_ROLES)) return { regionCode: regionFilter };
  if (hasRole(actor, 'region-bureau-user')) return { regionCode: regionCode ?? '' };
  return { hospitalId: organisationId, regionCode: regionFilter };
}

/** The round's frozen execution rules; a round frozen before a parameter existed takes its default. */
async function roundRules(db: Kysely<Database>, actor: Actor, roundId: string) {
  const round = visibleRound(
    await db
      .selectFrom('round')
      .select(['state', 'ruleset_frozen'])
      .where('id', '=', roundId)
      .executeTakeFirst(),
    { seesDrafts: hasRole(actor, ...OFFICE_ROLES) },
  );
  const frozen = round.ruleset_frozen as Ruleset | null;
  return { ...DEFAULT_EXECUTION_RULES, ...frozen?.execution } satisfies ExecutionRules;
}

function toSurplusView(row: repo.SurplusRow, rules: ExecutionRules) {
  return {
    hospitalId: row.id,
    hospitalName: row.name,
    regionCode: row.region_code,
    regionName: row.region_name,
    gradedAt: row.graded_at?.toISOString() ?? null,
    ...explainSurplus(new Dec(row.budget), new Dec(row.spend), row.grade, rules),
  };
}

/** Surplus retention (结余留用) per institution of the round, with its explanation, paged by name. */
export async function listSurplus(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  query: Page & { regionCode?: string | undefined },
) {
  const rules = await roundRules(deps.db, actor, roundId);
  const { regionCode, ...page } = query;
  const rows = await repo.pageSurplus(deps.db, roundId, scopeOf(actor, regionCode), page);
  return mapPage(rows, (r) => toSurplusView(r, rules));
}

/** The hospital's own surplus in every round in which it holds agreements, newest round first. */
export async function mySurplus(deps: AppDeps, actor: Actor, page: Page) {
  const rounds = await repo.pageHospitalRounds(deps.db, actor.organisationId, page);
  const items = [];
  for (const r of rounds.items) {
    const rules = await roundRules(deps.db, actor, r.id);
    const row = await repo.findSurplus(deps.db, r.id, actor.organisationId);
    if (row)
      items.push({ roundId: r.id, roundCode: r.code, roundName: r.name, ...toSurplusView(row, rules) });
  }
  return { items, nextCursor: rounds.nextCursor };
}

const noAgreements = () =>
  new AppError('INVALID_STATE', {
    en: 'surplus retention is graded per institution of the round’s agreements: this round has none',
    zh: '结余留用按本轮次购销协议的医疗机构考核：本轮次尚无购销协议',
  });

/**
 * Grades an institution (考核等级) for the round's cycle: the office any, a region bureau those of
 * its region; another region's institution, or one without agreements in the round, does not exist
 * (404). A regrade replaces the grade; the audit chain keeps both.
 */
export async function gradeInstitution(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  hospitalId: string,
  grade: SurplusGrade,
) {
  const rules = await roundRules(deps.db, actor, roundId);
  await deps.db.transaction().execute(async (trx) => {
    visibleRound(await lockRoundForUpdate(trx, roundId), { seesDrafts: true });
    if (!(await repo.hasAgreements(trx, roundId))) throw noAgreements();
    const [row] = (
      await repo.pageSurplus(trx, roundId, { ...scopeOf(actor, undefined), hospitalId }, { limit: 1 })
    ).items;
    if (!row) throw notFound('institution of this round', '本轮次的该医疗机构');
    const previous = await repo.upsertGrade(trx, { roundId, hospitalId, grade, by: actor.userId });
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: actor.userId,
      action: 'surplus.graded',
      subject: `round:${roundId}:hospital:${hospitalId}`,
      payload: { hospitalId, grade, previous },
    });
  });
  const row = await repo.findSurplus(deps.db, roundId, hospitalId);
  if (!row) throw notFound('institution of this round', '本轮次的该医疗机构');
  return toSurplusView(row, rules);
}
