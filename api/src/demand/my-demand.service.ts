import { invariant } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import type { Actor } from '../auth/roles.js';
import { notFound } from '../http/app-error.js';
import { mapPage, type Page } from '../http/list.js';
import { findVisibleRound } from '../rounds/visible-round.js';
import { toQuantity } from './demand.mapper.js';
import type { DemandStatus } from './demand.table.js';
import * as repo from './my-demand.repository.js';

/** The smallest unit a quantity counts, by the product's form (what a hospital's pharmacy counts). */
const UNIT_ZH: Readonly<Record<string, string>> = {
  'oral-solid': '片（粒）',
  'oral-liquid': '瓶（支）',
  injection: '支（瓶）',
  consumable: '个',
  other: '最小包装单位',
};

const nullableQuantity = (v: string | null) => (v === null ? null : toQuantity(v));

/** One catalogue product as the hospital's worksheet shows it, its last year's volume decided. */
export function toWorksheetProduct(row: repo.WorksheetProductRow) {
  const source =
    row.this_round !== null ? 'this-round' : row.earlier_quantity !== null ? 'earlier-round' : null;
  return {
    productCode: row.code,
    genericName: row.name,
    specs: row.specs ?? '',
    unit: UNIT_ZH[row.form] ?? UNIT_ZH.other ?? '',
    groups: row.groups,
    lastYearVolume: nullableQuantity(row.this_round ?? row.earlier_quantity),
    lastYearSource: source,
    lastYearRoundCode: source === 'earlier-round' ? row.earlier_round : null,
  } as const;
}

/** The round's frozen demandFloorShare (published rounds always have one). */
async function floorShareOf(deps: AppDeps, roundId: string): Promise<string> {
  await findVisibleRound(deps.db, roundId);
  const round = await deps.db
    .selectFrom('round')
    .select('ruleset_frozen')
    .where('id', '=', roundId)
    .executeTakeFirstOrThrow();
  const share = (round.ruleset_frozen as { demandFloorShare?: unknown } | null)?.demandFloorShare;
  invariant(typeof share === 'string', `round ${roundId} is published without a frozen demandFloorShare`);
  return share;
}

/** A hospital's worksheet of a round: the catalogue, the floor share, and each product's last year's volume. */
export async function worksheet(deps: AppDeps, actor: Actor, roundId: string) {
  const demandFloorShare = await floorShareOf(deps, roundId);
  const rows = await repo.listWorksheetProducts(deps.db, roundId, actor.organisationId);
  const brands = await repo.listBrandCompanies(deps.db);
  return { roundId, demandFloorShare, products: rows.map(toWorksheetProduct), brands };
}

/** The hospital's rounds, newest first. */
export async function ownRounds(deps: AppDeps, actor: Actor, page: Page) {
  const rows = await repo.pageOwnRounds(deps.db, actor.organisationId, actor.regionCode, page);
  return mapPage(rows, (r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    state: r.state,
    demandOpensAt: r.demand_opens_at?.toISOString() ?? null,
    demandClosesAt: r.demand_closes_at?.toISOString() ?? null,
    products: Number(r.products),
    lines: Number(r.lines),
    approved: Number(r.approved),
    returned: Number(r.returned),
  }));
}

/** The hospital's lines across rounds, the most recently changed first. */
export async function ownHistory(
  deps: AppDeps,
  actor: Actor,
  query: { status?: DemandStatus | undefined; roundId?: string | undefined } & Page,
) {
  const { limit, cursor, ...filter } = query;
  const rows = await repo.pageOwnHistory(deps.db, actor.organisationId, filter, { limit, cursor });
  return mapPage(rows, (r) => ({
    id: r.id,
    roundId: r.round_id,
    roundCode: r.round_code,
    roundName: r.round_name,
    productCode: r.product_code,
    genericName: r.product_name,
    quantity: toQuantity(r.quantity),
    lastYearVolume: nullableQuantity(r.last_year_volume),
    brandCompanyName: r.brand_company_name,
    group: r.group_key,
    status: r.status,
    reviewerComment: r.reviewer_comment,
    submittedAt: r.submitted_at.toISOString(),
    reviewedAt: r.reviewed_at?.toISOString() ?? null,
    updatedAt: r.updated_at.toISOString(),
  }));
}

/**
 * One line's review trail: its hospital, its region's bureau and the office read it; to anyone
 * else the line does not exist (404).
 */
export async function reportTrail(deps: AppDeps, actor: Actor, roundId: string, reportId: string) {
  const office = actor.roles.some((r) => r === 'office-admin' || r === 'office-official' || r === 'auditor');
  await findVisibleRound(deps.db, roundId, { seesDrafts: office });
  const owner = await repo.findReportOwner(deps.db, roundId, reportId);
  const mayRead =
    owner !== undefined &&
    (office ||
      (actor.roles.includes('hospital-user') && owner.hospital_id === actor.organisationId) ||
      (actor.roles.includes('region-bureau-user') && owner.region_code === actor.regionCode));
  if (!mayRead) throw notFound('demand report', '报量');
  const events = await repo.listReportEvents(deps.db, reportId);
  return events.map((e) => ({
    kind: e.kind,
    quantity: toQuantity(e.quantity),
    lastYearVolume: nullableQuantity(e.last_year_volume),
    reason: e.reason,
    comment: e.comment,
    by: e.actor_organisation,
    at: e.at.toISOString(),
  }));
}
