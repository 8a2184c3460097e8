import {
  checkRoundAgainstRuleset,
  decodeRoundInput,
  decodeRulesetChoice,
  evaluate,
  invariant,
  type InputProblem,
  type ProductResult,
  type Quantity,
  type Ruleset,
} from '@jicai/domain';
import type { Kysely } from 'kysely';
import { diffEvaluations, type Change, type ProductDiff } from '../cli/diff-evaluations.js';
import type { Database } from '../db/database.js';
import { AppError, notFound } from '../http/app-error.js';
import { findRecordOrLatest } from './evaluation-record.repository.js';
import { organisationIdsIn } from './named-view.js';
import { loadRoundNames } from './round-names.repository.js';

/** One side of a what-if: the round's own ruleset or a built-in, with overrides on top (or none). */
export interface WhatIfSide {
  readonly base: string;
  readonly overrides?: Readonly<Record<string, unknown>> | undefined;
}

/** The round's own ruleset, as the published input names it. */
export const ROUND_RULESET = 'round';

/** The office's choice as the contract's ruleset choice: a name, or `{"extends": …, …overrides}`. */
function choiceOf(side: WhatIfSide, published: unknown): unknown {
  const overrides = side.overrides ?? {};
  const base = side.base === ROUND_RULESET ? published : side.base;
  if (Object.keys(overrides).length === 0) return base;
  const from = typeof base === 'string' ? { extends: base } : (base as Record<string, unknown>);
  return { ...from, ...overrides };
}

function decodeSide(
  choice: unknown,
  path: 'a' | 'b',
  input: Parameters<typeof checkRoundAgainstRuleset>[0],
): Ruleset {
  const decoded = decodeRulesetChoice(choice, path);
  const problems: readonly InputProblem[] = decoded.ok
    ? checkRoundAgainstRuleset(input, decoded.ruleset)
    : decoded.problems;
  if (!decoded.ok || problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      { en: `ruleset ${path.toUpperCase()} cannot be used`, zh: `规则${path.toUpperCase()}无法使用` },
      problems.map((p) => ({
        path: p.path.startsWith(path) ? p.path : `${path}.${p.path}`,
        message: p.message,
      })),
    );
  }
  return decoded.ruleset;
}

const quantity = (q: Quantity | null | undefined) => (q === null || q === undefined ? null : String(q));
const quantityChange = (c: Change<Quantity | null> | null) =>
  c === null ? null : { a: quantity(c.a), b: quantity(c.b) };

/** What each side came to for an entry, changed or not: the page shows A beside B for every product. */
const sideOf = (p: ProductResult | undefined) =>
  p ? { status: p.status, winners: p.winners, ratio: p.ratio, agreedVolume: quantity(p.agreedVolume) } : null;

const keyOf = (p: Pick<ProductDiff, 'productId' | 'group'>) => JSON.stringify([p.productId, p.group]);

/**
 * 假设比较: the round's published input (the latest record unless `seq` names one) evaluated under
 * rulesets A and B with the domain's `evaluate`, and the difference per product entry, the same as
 * `./jicai compare`. Nothing is stored. Before the opening there is no record: 404, as the
 * evaluation routes answer.
 */
export async function compareRulesets(
  db: Kysely<Database>,
  roundId: string,
  body: { readonly a: WhatIfSide; readonly b: WhatIfSide; readonly seq?: number | undefined },
) {
  const record = await findRecordOrLatest(db, roundId, body.seq);
  if (!record)
    throw body.seq === undefined
      ? notFound('evaluation of this round')
      : notFound(`evaluation record ${body.seq}`, `第 ${body.seq} 号评审记录`);
  const document = JSON.parse(record.input_json) as { ruleset?: unknown };
  const decoded = decodeRoundInput(document);
  invariant(decoded.ok, `the published input of round ${roundId} no longer decodes`);
  const { input } = decoded.value;
  const rulesetA = decodeSide(choiceOf(body.a, document.ruleset), 'a', input);
  const rulesetB = decodeSide(choiceOf(body.b, document.ruleset), 'b', input);
  const [a, b] = [evaluate(input, rulesetA), evaluate(input, rulesetB)];
  const label = (side: WhatIfSide, ruleset: Ruleset) =>
    side.base === ROUND_RULESET ? ROUND_RULESET : ruleset.name;
  const diff = diffEvaluations(
    a.result,
    b.result,
    { a: label(body.a, rulesetA), b: label(body.b, rulesetB) },
    { a: a.revivalOffers, b: b.revivalOffers },
  );
  const entriesA = new Map(a.result.products.map((p) => [keyOf(p), p]));
  const entriesB = new Map(b.result.products.map((p) => [keyOf(p), p]));
  const names = await loadRoundNames(db, roundId, organisationIdsIn(diff.products));
  return {
    roundId,
    seq: record.seq,
    a: { ...diff.a, overrides: body.a.overrides ?? {} },
    b: { ...diff.b, overrides: body.b.overrides ?? {} },
    products: diff.products.map((p) => ({
      ...p,
      agreedVolume: quantityChange(p.agreedVolume),
      sideA: sideOf(entriesA.get(keyOf(p))),
      sideB: sideOf(entriesB.get(keyOf(p))),
    })),
    names: {
      organisations: Object.fromEntries(names.organisations),
      products: Object.fromEntries(names.products),
      regions: Object.fromEntries(names.regions),
    },
  };
}
