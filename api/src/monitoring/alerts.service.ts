import { isSupplierLagging } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import type { Actor } from '../auth/roles.js';
import { mapPage, type Page } from '../http/list.js';
import { findDeliveryLag, pageBehind } from './alerts.repository.js';
import { findMonitoredRound, scopeOf, within } from './monitoring-scope.js';
import { figuresOf, sliceOf } from './progress-figures.js';
import { findRoundToday } from './progress.repository.js';

/** Institutions (per product) behind the linear pace: the office all, a bureau its region. */
export async function behindInstitutions(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  asked: { regionCode?: string | undefined },
  page: Page,
) {
  const round = await findMonitoredRound(deps.db, actor, roundId);
  const { regionCode } = within(scopeOf(actor), asked);
  const today = await findRoundToday(deps.db, roundId);
  const rows = await pageBehind(deps.db, roundId, regionCode, round.rules.paceTolerance, page);
  return mapPage(rows, (r) => ({
    hospitalId: r.hospital_id,
    hospitalName: r.hospital_name,
    regionCode: r.region_code,
    productId: r.product_id,
    productCode: r.product_code,
    productName: r.product_name,
    ...figuresOf(sliceOf(r), today, round.rules),
  }));
}

/** Suppliers and how much of what was ordered they delivered; `lagging` by docs/rules.md §12.5. */
export async function supplierLag(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  asked: { regionCode?: string | undefined; companyId?: string | undefined },
) {
  const round = await findMonitoredRound(deps.db, actor, roundId);
  const filter = within(scopeOf(actor), asked);
  const rows = await findDeliveryLag(deps.db, roundId, {
    ...(filter.regionCode && { regionCode: filter.regionCode }),
    ...(filter.companyId && { companyId: filter.companyId }),
  });
  return rows.map((r) => ({
    companyId: r.company_id,
    companyName: r.company_name,
    orderedPacks: Number(r.ordered_packs),
    deliveredPacks: Number(r.delivered_packs),
    lagging: isSupplierLagging(Number(r.delivered_packs), Number(r.ordered_packs), round.rules),
  }));
}
