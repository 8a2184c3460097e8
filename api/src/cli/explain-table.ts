import {
  Dec,
  type BidOutcome,
  type BidResult,
  type ConventionNote,
  type Evaluation,
  type ProductResult,
  type ProductStatus,
  type RoundInput,
} from '@jicai/domain';
import Table from 'cli-table3';
import { NO_NAMES, type ExplainNames } from './explain-names.js';

/**
 * `--explain`: the evaluation as an office reads it (docs/rules.md §13), on stderr. Not canonical output:
 * wording and layout may change; the result JSON on stdout is the contract.
 */

const STATUS: Readonly<Record<ProductStatus, string>> = {
  awarded: '中选 awarded',
  'no-valid-bids': '无有效投标 no-valid-bids',
  'no-winner': '无中选 no-winner',
  negotiation: '议价 negotiation',
  'awaiting-revival': '待复活 awaiting-revival',
};

const OUTCOME: Readonly<Record<BidOutcome, string>> = {
  winner: '中选 winner',
  'revival-offer': '复活待定 revival-offer',
  'revival-winner': '复活中选 revival-winner',
  'not-shortlisted': '未入围 not-shortlisted',
  'price-condition-failed': '未达标 price-condition-failed',
  invalid: '无效 invalid',
  negotiation: '议价 negotiation',
};

const DASH = '—';

/** Plain tables: no colours, so the text reads the same in a terminal, a pipe or a file. */
function table(head: string[]): Table.Table {
  return new Table({ head, style: { head: [], border: [], compact: true } });
}

const show = (value: string | number | bigint | null): string => (value === null ? DASH : String(value));

function percent(fraction: string | null): string {
  return fraction === null ? DASH : `${new Dec(fraction).times(100).toFixed(2)}%`;
}

function entryTitle(product: ProductResult, names: ReadonlyMap<string, string>): string {
  const name = names.get(product.productId);
  const group = product.group === null ? '' : ` · 分组 ${product.group}`;
  return `品种 ${product.productId}${name ? ` ${name}` : ''}${group}`;
}

function summaryTable(products: readonly ProductResult[], names: ReadonlyMap<string, string>): string {
  const summary = table([
    '品种',
    '分组',
    '状态',
    'N',
    'M',
    '最低价',
    '阈值',
    '中选数',
    '比例',
    '周期',
    '约定采购量',
  ]);
  for (const p of products) {
    const name = names.get(p.productId);
    summary.push([
      name ? `${p.productId} ${name}` : p.productId,
      show(p.group),
      STATUS[p.status],
      p.validBids,
      p.maxShortlist,
      show(p.lowestUcp),
      show(p.thresholdUcp),
      p.winners,
      show(p.ratio),
      p.cycleYears === null ? DASH : `${p.cycleYears} 年`,
      show(p.agreedVolume),
    ]);
  }
  return summary.toString();
}

/** A pending offer (G13 keeps it out of stdout) shows where its winning price would be. */
function winningPrice(bid: BidResult, offers: ReadonlyMap<string, string>): string {
  const offer = offers.get(bid.bidId);
  if (bid.outcome === 'revival-offer' && offer !== undefined)
    return `复活报价 offer ${offer} (待答复 pending)`;
  if (bid.winningUcp === null && bid.winningPackPrice === null) return DASH;
  return `${show(bid.winningUcp)} / 包 ${show(bid.winningPackPrice)}`;
}

/** A company or hospital by name when `--names` knows it, else by id. */
const organisation = (names: ExplainNames, id: string | null): string =>
  id === null ? DASH : (names.organisations.get(id) ?? id);
/** `BJ 北京市`: the code stays, it is what picks and preferences name. */
const region = (names: ExplainNames, code: string): string => {
  const name = names.regions.get(code);
  return name ? `${code} ${name}` : code;
};

function bidsTable(product: ProductResult, offers: ReadonlyMap<string, string>, names: ExplainNames): string {
  const bids = table([
    '排名',
    '企业',
    '投标',
    '单位申报价',
    '单位可比价',
    '降幅',
    '结果',
    '达标条件',
    '原因',
    '中选价',
  ]);
  for (const b of product.bids) {
    bids.push([
      show(b.rank),
      organisation(names, b.companyId),
      b.bidId,
      show(b.unitBidPrice),
      show(b.ucp),
      percent(b.reduction),
      `${OUTCOME[b.outcome]}${b.shortlisted && b.outcome !== 'winner' ? ' (入围)' : ''}`,
      b.qualifiedBy.join(', ') || DASH,
      b.reasons.join(', ') || DASH,
      winningPrice(b, offers),
    ]);
  }
  return bids.toString();
}

function regionTables(product: ProductResult, names: ExplainNames): string[] {
  if (product.regionPicks.length === 0 && product.regions.length === 0) return [];
  const picks = table(['轮次', '企业', '地区', '类型']);
  for (const pick of product.regionPicks) {
    picks.push([
      pick.turn,
      organisation(names, pick.companyId),
      region(names, pick.regionId),
      pick.kind === 'primary' ? '主供 primary' : '备供 backup',
    ]);
  }
  const regions = table(['地区', '主供', '备供', '约定采购量']);
  for (const r of product.regions)
    regions.push([
      region(names, r.regionId),
      organisation(names, r.primary),
      organisation(names, r.backup),
      show(r.agreedVolume),
    ]);
  return ['选区顺序 region picks', picks.toString(), '地区 regions', regions.toString()];
}

/** Notes name companies by id in their text: each id-like word `--names` knows becomes the name. */
function noteLine(note: ConventionNote, names: ExplainNames): string {
  const text =
    names.organisations.size === 0
      ? note.text
      : note.text.replace(/[A-Za-z0-9][A-Za-z0-9._-]*/g, (word) => names.organisations.get(word) ?? word);
  return `  ${note.bidId === null ? '' : `[${note.bidId}] `}${text}`;
}

const entryKey = (productId: string, group: string | null): string =>
  `${productId}\u0000${group ?? '\u0001'}`;

export function renderExplanation(
  input: RoundInput,
  evaluation: Evaluation,
  known: ExplainNames = NO_NAMES,
): string {
  const { result, notes, revivalOffers } = evaluation;
  const names = new Map(input.products.map((p) => [p.id, p.name || (known.products.get(p.id) ?? '')]));
  const notesByEntry = new Map<string, ConventionNote[]>();
  for (const note of notes) {
    const key = entryKey(note.productId, note.group);
    notesByEntry.set(key, [...(notesByEntry.get(key) ?? []), note]);
  }

  const out = [
    `规则 ruleset ${result.ruleset.name} (contract version ${result.ruleset.version})`,
    summaryTable(result.products, names),
  ];
  const offersByEntry = new Map<string, Map<string, string>>();
  for (const offer of revivalOffers) {
    const key = entryKey(offer.productId, offer.group);
    offersByEntry.set(key, (offersByEntry.get(key) ?? new Map()).set(offer.bidId, offer.offerUcp));
  }
  const shown = new Set<string>();
  for (const product of result.products) {
    const key = entryKey(product.productId, product.group);
    out.push(
      '',
      `${entryTitle(product, names)} · ${STATUS[product.status]}`,
      bidsTable(product, offersByEntry.get(key) ?? new Map(), known),
      ...regionTables(product, known),
    );
    const entryNotes = notesByEntry.get(key) ?? [];
    if (entryNotes.length > 0)
      out.push(
        '⚙ 引擎约定 conventions that decided an outcome:',
        ...entryNotes.map((n) => noteLine(n, known)),
      );
    shown.add(key);
  }
  const rest = notes.filter((n) => !shown.has(entryKey(n.productId, n.group)));
  if (rest.length > 0) {
    out.push(
      '',
      '⚙ 其他约定 other conventions:',
      ...rest.map((n) => `${n.productId}${n.group === null ? '' : ` · ${n.group}`}${noteLine(n, known)}`),
    );
  }
  return `${out.join('\n')}\n`;
}
