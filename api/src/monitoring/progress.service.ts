import type { AppDeps } from '../app-env.js';
import type { Actor } from '../auth/roles.js';
import { notFound } from '../http/app-error.js';
import { findMonitoredRound, scopeOf, within } from './monitoring-scope.js';
import { findNames } from './names.repository.js';
import { addSlices, elapsedOf, emptySlice, figuresOf, sliceOf, type Slice } from './progress-figures.js';
import {
  findInstitutionProgress,
  findMonthProgress,
  findRegionProductProgress,
  findRoundToday,
  type ProgressFilter,
} from './progress.repository.js';
import { Dec, measureProgress } from '@jicai/domain';

const sumBy = <K>(entries: Iterable<readonly [K, Slice]>) => {
  const sums = new Map<K, Slice>();
  for (const [key, slice] of entries) sums.set(key, addSlices(sums.get(key) ?? emptySlice(), slice));
  return sums;
};

const lastDayOf = (month: string) => {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/**
 * The round's completion in the reader's scope (office all; a bureau its region; a company its own
 * products), by region, product, company and month, each with the pace verdict of docs/rules.md §12.5.
 */
export async function roundProgress(deps: AppDeps, actor: Actor, roundId: string, asked: ProgressFilter) {
  const scope = scopeOf(actor);
  const round = await findMonitoredRound(deps.db, actor, roundId);
  const filter = within(scope, asked);
  const [rows, months, today] = await Promise.all([
    findRegionProductProgress(deps.db, roundId, filter),
    findMonthProgress(deps.db, roundId, filter),
    findRoundToday(deps.db, roundId),
  ]);
  // completion counts winners only: a company without an agreed volume in the region is left out here
  const agreed = rows.filter((r) => r.cycle_start !== null).map((r) => ({ row: r, slice: sliceOf(r) }));
  const names = await findNames(
    deps.db,
    roundId,
    agreed.map((a) => a.row.company_id),
  );
  const figures = (slice: Slice) => figuresOf(slice, today, round.rules);
  const total = [...sumBy(agreed.map((a) => ['all', a.slice] as const)).values()][0] ?? emptySlice();
  let cumulative = 0n;
  let cumulativeAmount = new Dec(0);
  return {
    roundId,
    today,
    total: figures(total),
    regions: [...sumBy(agreed.map((a) => [a.row.region_code, a.slice] as const))].map(([code, s]) => ({
      regionCode: code,
      regionName: names.region.get(code) ?? code,
      ...figures(s),
    })),
    products: [...sumBy(agreed.map((a) => [a.row.product_id, a.slice] as const))]
      .map(([id, s]) => ({
        productId: id,
        productCode: names.product.get(id)?.code ?? '',
        productName: names.product.get(id)?.name ?? '',
        ...figures(s),
      }))
      .sort((a, b) => (a.productCode < b.productCode ? -1 : a.productCode > b.productCode ? 1 : 0)),
    companies: [...sumBy(agreed.map((a) => [a.row.company_id, a.slice] as const))].map(([id, s]) => ({
      companyId: id,
      companyName: names.organisation.get(id)?.name ?? '',
      ...figures(s),
    })),
    cells: agreed.map(({ row, slice }) => ({
      regionCode: row.region_code,
      productId: row.product_id,
      companyId: row.company_id,
      ...figures(slice),
    })),
    months: months.map((m) => {
      cumulative += BigInt(m.units);
      cumulativeAmount = cumulativeAmount.plus(m.amount);
      const end = lastDayOf(m.month) < today ? lastDayOf(m.month) : today;
      const { elapsedDays, cycleDays } =
        total.cycleStart && total.cycleEnd
          ? elapsedOf(total.cycleStart, total.cycleEnd, end)
          : { elapsedDays: 0, cycleDays: 1 };
      const at = measureProgress(
        Number(cumulative),
        Number(total.agreedUnits),
        elapsedDays,
        cycleDays,
        round.rules,
      );
      return {
        month: m.month.slice(0, 7),
        purchasedUnits: Number(m.units),
        purchasedAmount: new Dec(m.amount).toFixed(2),
        cumulativeUnits: Number(cumulative),
        cumulativeAmount: cumulativeAmount.toFixed(2),
        completion: at.completion?.toFixed(4) ?? null,
        expectedPace: at.expectedPace.toFixed(4),
      };
    }),
  };
}

/**
 * One institution's completion per product: the hospital itself, a bureau for hospitals of its
 * region, the office for any; anyone else's hospital does not exist (404).
 */
export async function institutionProgress(deps: AppDeps, actor: Actor, roundId: string, hospitalId: string) {
  const scope = scopeOf(actor);
  const round = await findMonitoredRound(deps.db, actor, roundId);
  const hospital = await deps.db
    .selectFrom('organisation')
    .select(['id', 'name', 'region_code'])
    .where('id', '=', hospitalId)
    .where('kind', '=', 'hospital')
    .executeTakeFirst();
  if (
    !hospital ||
    scope.companyId !== undefined ||
    (scope.hospitalId !== undefined && scope.hospitalId !== hospitalId) ||
    (scope.regionCode !== undefined && scope.regionCode !== hospital.region_code)
  )
    throw notFound('hospital', '该医疗机构');
  const [rows, today] = await Promise.all([
    findInstitutionProgress(deps.db, roundId, hospitalId),
    findRoundToday(deps.db, roundId),
  ]);
  return {
    roundId,
    today,
    hospitalId,
    hospitalName: hospital.name,
    regionCode: hospital.region_code ?? '',
    products: rows.map((row) => ({
      productId: row.product_id,
      productCode: row.product_code,
      productName: row.product_name,
      ...figuresOf(sliceOf(row), today, round.rules),
      outsideUnits: Number(row.outside_units),
    })),
  };
}
