import { checkNonWinnerCap } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import type { Actor } from '../auth/roles.js';
import { AppError, notFound } from '../http/app-error.js';
import { mapPage, type Page } from '../http/list.js';
import { findMonitoredRound, scopeOf, within } from './monitoring-scope.js';
import {
  findNonWinnerExcess,
  pageNonWinnerExcess,
  upsertNotice,
  type NonWinnerFilter,
  type NonWinnerRow,
} from './non-winner.repository.js';

function toView(r: NonWinnerRow) {
  const check = checkNonWinnerCap(
    Number(r.purchased_units),
    r.last_year_volume === null ? null : Number(r.last_year_volume),
  );
  const notified = r.notice_excess !== null && Number(r.notice_excess) >= check.excess;
  return {
    hospitalId: r.hospital_id,
    hospitalName: r.hospital_name,
    regionCode: r.region_code,
    productId: r.product_id,
    productCode: r.product_code,
    productName: r.product_name,
    companies: r.companies,
    purchasedUnits: Number(r.purchased_units),
    cap: check.cap,
    excess: check.excess,
    status: notified ? ('notified' as const) : ('open' as const),
    note: r.notice_note,
    notifiedAt: r.notified_at?.toISOString() ?? null,
  };
}

/** The excesses of non-winning purchases over last year's volume: the office all, a bureau its region. */
export async function listNonWinnerExcess(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  asked: NonWinnerFilter & { status?: 'open' | 'notified' | undefined },
  page: Page,
) {
  await findMonitoredRound(deps.db, actor, roundId);
  const scope = scopeOf(actor);
  const { status, ...filter } = within(scope, asked);
  if (scope.regionCode && filter.hospitalId) {
    const hospital = await deps.db
      .selectFrom('organisation')
      .select('region_code')
      .where('id', '=', filter.hospitalId)
      .executeTakeFirst();
    if (hospital?.region_code !== scope.regionCode) throw notFound('hospital', '该医疗机构');
  }
  return mapPage(await pageNonWinnerExcess(deps.db, roundId, filter, status, page), toView);
}

/**
 * The office has talked to the hospital about its excess (已约谈) and notes what was said: recorded
 * with the excess it saw, so a later, larger excess shows the case open again; audited. 404 when the
 * hospital's purchases of the product are not over the cap.
 */
export async function notifyNonWinnerExcess(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  hospitalId: string,
  productId: string,
  note: string,
) {
  await findMonitoredRound(deps.db, actor, roundId);
  return deps.db.transaction().execute(async (trx) => {
    const row = await findNonWinnerExcess(trx, roundId, hospitalId, productId);
    if (!row)
      throw new AppError('INVALID_STATE', {
        en: 'nothing to act on: the hospital’s non-winning purchases of this product are not over last year’s volume',
        zh: '无需处理：该医疗机构本产品的非中选产品采购量未超过上年用量',
      });
    const view = toView(row);
    await upsertNotice(trx, { roundId, hospitalId, productId, note, excess: view.excess, by: actor.userId });
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: actor.userId,
      action: 'non-winner-excess.notified',
      subject: `hospital:${hospitalId}:product:${productId}`,
      payload: { excess: view.excess, cap: view.cap, purchased: view.purchasedUnits, note },
    });
    return toView((await findNonWinnerExcess(trx, roundId, hospitalId, productId)) ?? row);
  });
}
