import {
  classifyDemandOutlier,
  demandRatio,
  DEMAND_OUTLIER_ABOVE,
  DEMAND_OUTLIER_BELOW,
} from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import type { Actor } from '../auth/roles.js';
import { notFound } from '../http/app-error.js';
import { mapPage, type Page } from '../http/list.js';
import { visibleRound } from '../rounds/visible-round.js';
import { toDemandReport, toQuantity } from './demand.mapper.js';
import { findRound } from './demand.repository.js';
import {
  listReviewRounds,
  pageQueue,
  sumRegionTotals,
  type QueueFilterSql,
  type QueueRow,
} from './demand-queue.repository.js';

export const OUTLIER_THRESHOLDS = { above: DEMAND_OUTLIER_ABOVE, below: DEMAND_OUTLIER_BELOW } as const;

/**
 * Whose region a reader looks at: a region bureau always its own (naming another answers 404, as
 * a report of another region does), the office and auditors the region they name, or every region.
 */
function regionOf(actor: Actor, requested: string | undefined): string | null {
  if (actor.roles.includes('region-bureau-user')) {
    const own = actor.regionCode;
    if (!own || (requested !== undefined && requested !== own))
      throw notFound(`region ${requested ?? ''}`, `区域 ${requested ?? ''}`);
    return own;
  }
  return requested ?? null;
}

const isOffice = (actor: Actor) => !actor.roles.includes('region-bureau-user');

async function readableRound(deps: AppDeps, actor: Actor, roundId: string) {
  return visibleRound(await findRound(deps.db, roundId), { seesDrafts: isOffice(actor) });
}

function toQueueItem(row: QueueRow) {
  return {
    ...toDemandReport(row),
    productName: row.product_name,
    ratio: demandRatio(row.quantity, row.last_year_volume),
    outlier: classifyDemandOutlier(row.quantity, row.last_year_volume),
  };
}

/** The review queue: one region's reports in a round, a page at a time, filtered on the server. */
export async function listQueue(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  query: QueueFilterSql & { regionCode?: string | undefined } & Page,
) {
  const regionCode = regionOf(actor, query.regionCode);
  await readableRound(deps, actor, roundId);
  const { limit, cursor, regionCode: _region, ...filter } = query;
  const page = await pageQueue(deps.db, roundId, regionCode, filter, { limit, cursor });
  return { ...mapPage(page, toQueueItem), thresholds: OUTLIER_THRESHOLDS };
}

/** The rounds a region bureau has reports to review in, with its counts. */
export async function reviewRounds(deps: AppDeps, actor: Actor) {
  const regionCode = regionOf(actor, undefined) as string;
  return (await listReviewRounds(deps.db, regionCode)).map((r) => ({
    roundId: r.id,
    code: r.code,
    name: r.name,
    state: r.state,
    regionCode,
    regionName: r.region_name ?? regionCode,
    demandClosesAt: r.demand_closes_at?.toISOString() ?? null,
    pending: Number(r.pending),
    approved: Number(r.approved),
    returned: Number(r.returned),
  }));
}

/** One region's totals by product against the sum of last year's volumes, outliers marked. */
export async function regionTotals(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  requested: string | undefined,
) {
  const regionCode = regionOf(actor, requested);
  await readableRound(deps, actor, roundId);
  const rows = await sumRegionTotals(deps.db, roundId, regionCode);
  const items = rows.map((r) => {
    // only the reports that give last year's volume are set against it
    const lastYear = Number(r.reports) === 0 ? null : r.last_year_volume;
    return {
      productId: r.product_id,
      productCode: r.product_code,
      productName: r.product_name,
      reports: Number(r.reports),
      pending: Number(r.pending),
      approved: Number(r.approved),
      returned: Number(r.returned),
      reportedQuantity: toQuantity(r.reported_quantity),
      approvedQuantity: toQuantity(r.approved_quantity),
      lastYearVolume: toQuantity(r.last_year_volume),
      ratio: demandRatio(r.comparable_quantity, lastYear),
      outlier: lastYear === null ? null : classifyDemandOutlier(r.comparable_quantity, lastYear),
      outlierReports: Number(r.outlier_reports),
    };
  });
  return { regionCode, thresholds: OUTLIER_THRESHOLDS, items };
}
