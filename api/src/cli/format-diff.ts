import type { Change, EvaluationDiff, ProductDiff } from './diff-evaluations.js';

/** The what-if diff as text for a person (a header line per product entry, indented changes) or as JSON. */

const DASH = '—';

const show = (value: string | number | bigint | null): string => (value === null ? DASH : String(value));
const arrow = <T extends string | number | bigint | null>(c: Change<T>): string =>
  `${show(c.a)} → ${show(c.b)}`;

/** `[]` is "none": the bid is in the entry and met no condition; null: the bid is not in it */
function conditions(list: readonly string[] | null): string {
  if (list === null) return DASH;
  return list.length === 0 ? 'none' : list.join(', ');
}

function header(entry: ProductDiff, names: ReadonlyMap<string, string>): string {
  const name = names.get(entry.productId);
  return `${entry.productId}${name ? ` ${name}` : ''}${entry.group === null ? '' : ` [group ${entry.group}]`}`;
}

function changeLines(entry: ProductDiff): string[] {
  const lines: string[] = [];
  if (entry.presence !== 'both') lines.push(`entry only under ${entry.presence === 'only-a' ? 'A' : 'B'}`);
  if (entry.status) lines.push(`status: ${arrow(entry.status)}`);
  const movers = [...entry.winnersAdded.map((c) => `+${c}`), ...entry.winnersRemoved.map((c) => `−${c}`)];
  if (movers.length > 0) lines.push(`winners: ${movers.join(' ')}`);
  for (const bid of entry.bids) {
    const parts = [
      bid.outcome ? `outcome ${arrow(bid.outcome)}` : null,
      bid.qualifiedBy
        ? `qualified by ${conditions(bid.qualifiedBy.a)} → ${conditions(bid.qualifiedBy.b)}`
        : null,
      bid.offerUcp ? `revival offer UCP ${arrow(bid.offerUcp)}` : null,
    ].filter((part) => part !== null);
    lines.push(`${bid.bidId} (${bid.companyId}): ${parts.join(', ')}`);
  }
  for (const p of entry.prices) {
    lines.push(`${p.companyId}: winning UCP ${arrow(p.winningUcp)}, pack price ${arrow(p.winningPackPrice)}`);
  }
  if (entry.winners) lines.push(`W: ${arrow(entry.winners)}`);
  if (entry.ratio) lines.push(`ratio: ${arrow(entry.ratio)}`);
  if (entry.cycleYears) lines.push(`cycle (years): ${arrow(entry.cycleYears)}`);
  if (entry.agreedVolume) lines.push(`agreed volume: ${arrow(entry.agreedVolume)}`);
  for (const r of entry.regions) {
    const parts = [
      r.primary.a === r.primary.b ? null : `primary ${arrow(r.primary)}`,
      r.backup.a === r.backup.b ? null : `backup ${arrow(r.backup)}`,
    ].filter((part) => part !== null);
    lines.push(`region ${r.regionId}: ${parts.join(', ')}`);
  }
  return lines;
}

export function formatDiffText(diff: EvaluationDiff, names: ReadonlyMap<string, string>): string {
  const out = [
    `A: ruleset ${diff.a.label} (version ${diff.a.version})`,
    `B: ruleset ${diff.b.label} (version ${diff.b.version})`,
  ];
  for (const entry of diff.products) {
    if (entry.same) out.push(`${header(entry, names)}: no difference`);
    else out.push(`${header(entry, names)}:`, ...changeLines(entry).map((line) => `  ${line}`));
  }
  return `${out.join('\n')}\n`;
}

const BIG = '\u0000bigint:';

/** JSON with quantities printed exactly, even above 2^53 (G41), as the result JSON does. */
export function formatDiffJson(diff: EvaluationDiff): string {
  const text = JSON.stringify(
    diff,
    (_key, value: unknown) => (typeof value === 'bigint' ? `${BIG}${value}` : value),
    2,
  );
  return `${text.replace(/"\\u0000bigint:(-?\d+)"/g, '$1')}\n`;
}
