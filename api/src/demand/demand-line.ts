import { Dec } from '@jicai/domain';
import type { FieldProblem } from '../http/app-error.js';

/** One demand line as the hospital states it, once its product and brand are resolved. */
export interface DemandLineInput {
  readonly quantity: number;
  readonly lastYearVolume: number | null;
  readonly group: string | null;
  readonly reason: string | null;
}

/**
 * 报量 floor: a report below `floorShare` × last year's usage needs a written reason (the ruleset's
 * `demandFloorShare`, 0.80 by default). Compared exactly in decimals: 79 of 100 at 0.80 is below.
 */
export function isBelowFloor(quantity: number, lastYearVolume: number | null, floorShare: string): boolean {
  if (lastYearVolume === null) return false;
  return new Dec(quantity).lt(new Dec(floorShare).times(lastYearVolume));
}

/**
 * The rules a line must meet beyond its field types, as problems at the request's field names:
 * the group must be one of the product's (and is required when the product has groups), and a
 * report below the floor must give a reason.
 */
export function checkDemandLine(
  line: DemandLineInput,
  productGroups: readonly string[],
  floorShare: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (line.group !== null && !productGroups.includes(line.group)) {
    const known = productGroups.length
      ? `one of ${productGroups.join(', ')}`
      : 'empty: this product has no groups';
    const knownZh = productGroups.length ? `为以下之一：${productGroups.join('、')}` : '留空：该产品不分组';
    problems.push({
      path: 'group',
      code: 'UNKNOWN_GROUP',
      message: `unknown group ${line.group}: must be ${known}`,
      messageZh: `未知分组 ${line.group}：须${knownZh}`,
    });
  }
  if (line.group === null && productGroups.length > 0) {
    problems.push({
      path: 'group',
      code: 'GROUP_REQUIRED',
      message: `this product is reported per group: one of ${productGroups.join(', ')}`,
      messageZh: `该产品须按分组报量：可选 ${productGroups.join('、')}`,
    });
  }
  if (line.reason === null && isBelowFloor(line.quantity, line.lastYearVolume, floorShare)) {
    const floor = new Dec(floorShare).times(line.lastYearVolume ?? 0);
    problems.push({
      path: 'reason',
      code: 'REASON_REQUIRED',
      message: `required: ${line.quantity} is below ${floorShare} × last year's ${line.lastYearVolume} (= ${floor.toString()})`,
      messageZh: `必填：报量 ${line.quantity} 低于 ${floorShare} × 上年用量 ${line.lastYearVolume}（= ${floor.toString()}），须说明理由`,
    });
  }
  return problems;
}
