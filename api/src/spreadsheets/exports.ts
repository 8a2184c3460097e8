import type { AppDeps } from '../app-env.js';
import type { Actor } from '../auth/roles.js';
import { listAgreedVolumes } from '../award/agreed-volumes.js';
import { toAgreedVolumeView } from '../award/award.mapper.js';
import { namedEvaluationResult } from '../award/evaluation-result.js';
import { demandTotals } from '../demand/demand.service.js';
import type { ExportTable } from './table-export.js';

/**
 * The three exports, each built from the very service its JSON read route calls, so who may
 * download what (roles, tenancy, "not before publication") is that route's rule, not a copy of it.
 */

type Total = Awaited<ReturnType<typeof demandTotals>>[number];

export async function demandTotalsTable(deps: AppDeps, roundId: string): Promise<ExportTable<Total>> {
  return {
    sheet: '报量汇总',
    rows: await demandTotals(deps, roundId),
    columns: [
      { header: '产品编码', kind: 'text', value: (r) => r.productCode },
      { header: '区域', kind: 'text', value: (r) => r.regionCode },
      { header: '报量合计', kind: 'integer', value: (r) => r.reportedQuantity },
      { header: '已审核报量', kind: 'integer', value: (r) => r.approvedQuantity },
      { header: '医疗机构数', kind: 'integer', value: (r) => r.hospitals },
      { header: '报量条数', kind: 'integer', value: (r) => r.reports },
      { header: '已审核条数', kind: 'integer', value: (r) => r.approved },
      { header: '待审核条数', kind: 'integer', value: (r) => r.pending },
    ],
  };
}

const OUTCOME_ZH: Readonly<Record<string, string>> = {
  winner: '中选',
  'revival-offer': '复活待确认',
  'revival-winner': '复活中选',
  'not-shortlisted': '未入围',
  'price-condition-failed': '未满足价格条件',
  invalid: '无效',
  negotiation: '议价',
};

interface NamedBid {
  companyName: string | null;
  specCode: string | null;
  unitBidPrice: string | null;
  ucp: string | null;
  reduction: string | null;
  rank: number | null;
  outcome: string;
  winningUcp: string | null;
  winningPackPrice: string | null;
}
interface NamedProduct {
  productId: string;
  productName: string | null;
  group: string | null;
  status: string;
  bids: NamedBid[];
}
type BidLine = NamedBid & { product: NamedProduct };

/** The published evaluation, one row per bid; a round without a published one answers 404 as the JSON does. */
export async function evaluationResultTable(deps: AppDeps, roundId: string): Promise<ExportTable<BidLine>> {
  const result = await namedEvaluationResult(deps.db, roundId);
  const products = result.products as NamedProduct[];
  return {
    sheet: '评审结果',
    rows: products.flatMap((product) => product.bids.map((bid) => ({ ...bid, product }))),
    columns: [
      { header: '产品编码', kind: 'text', value: (r) => r.product.productId },
      { header: '产品名称', kind: 'text', value: (r) => r.product.productName, width: 24 },
      { header: '分组', kind: 'text', value: (r) => r.product.group },
      { header: '企业', kind: 'text', value: (r) => r.companyName, width: 28 },
      { header: '规格编码', kind: 'text', value: (r) => r.specCode },
      { header: '单位申报价（元）', kind: 'decimal', value: (r) => r.unitBidPrice },
      { header: '单位可比价（元）', kind: 'decimal', value: (r) => r.ucp },
      { header: '降幅', kind: 'decimal', value: (r) => r.reduction },
      { header: '排名', kind: 'integer', value: (r) => r.rank },
      { header: '结果', kind: 'text', value: (r) => OUTCOME_ZH[r.outcome] ?? r.outcome },
      { header: '中选单位可比价（元）', kind: 'decimal', value: (r) => r.winningUcp },
      { header: '中选价（元/包装）', kind: 'decimal', value: (r) => r.winningPackPrice },
    ],
  };
}

// an empty page comes back unmapped; its items are none either way
type AgreedLine = ReturnType<typeof toAgreedVolumeView>;

/** Every agreed volume the caller may see (all pages of the JSON list, scoped the same way). */
export async function agreedVolumesTable(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
): Promise<ExportTable<AgreedLine>> {
  const rows: AgreedLine[] = [];
  let cursor: string | undefined;
  do {
    const page = await listAgreedVolumes(deps, actor, roundId, { limit: 500, cursor });
    rows.push(...(page.items as AgreedLine[]));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return {
    sheet: '约定采购量',
    rows,
    columns: [
      { header: '产品编码', kind: 'text', value: (r) => r.productCode },
      { header: '产品名称', kind: 'text', value: (r) => r.productName, width: 24 },
      { header: '分组', kind: 'text', value: (r) => r.group },
      { header: '医疗机构', kind: 'text', value: (r) => r.hospitalName, width: 28 },
      { header: '区域', kind: 'text', value: (r) => r.regionName },
      { header: '中选企业', kind: 'text', value: (r) => r.companyName, width: 28 },
      { header: '规格编码', kind: 'text', value: (r) => r.specCode },
      { header: '包装数量', kind: 'integer', value: (r) => r.unitsPerPack },
      { header: '约定采购量（最小单位）', kind: 'integer', value: (r) => r.agreedVolume },
      { header: '中选价（元/包装）', kind: 'decimal', value: (r) => r.awardedPrice },
      { header: '金额（元）', kind: 'decimal', value: (r) => r.amount },
    ],
  };
}
