import {
  checkRoundAgainstRuleset,
  decodeRoundInput,
  decodeRulesetChoice,
  evaluate,
  findBuiltInRuleset,
  type RoundInput,
  type Ruleset,
} from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import type { Actor } from '../auth/roles.js';
import { evaluationNames } from '../award/evaluation-result.js';
import { diffEvaluations, type Change, type ProductDiff } from '../cli/diff-evaluations.js';
import { AppError } from '../http/app-error.js';
import { findLatestEvaluatedInput } from './ruleset-preview.repository.js';
import { PREVIEW_SAMPLE_ROUND } from './ruleset-preview-sample.js';
import { findVisibleRound } from './rounds.service.js';

interface PreviewData {
  readonly input: RoundInput;
  readonly source: {
    kind: 'previous-round' | 'sample';
    roundCode: string | null;
    roundName: string | null;
    seq: number | null;
  };
  readonly companies: Record<string, string>;
}

/** The data both rulesets run on: the last evaluated round's published input, else the shipped sample. */
async function previewData(
  deps: AppDeps,
  roundId: string,
  rulesets: readonly Ruleset[],
): Promise<PreviewData> {
  const previous = await findLatestEvaluatedInput(deps.db, roundId);
  if (previous) {
    const decoded = decodeRoundInput(JSON.parse(previous.inputJson) as unknown);
    // a previous round without regions cannot run a ruleset that picks them: the sample can
    if (decoded.ok && rulesets.every((r) => checkRoundAgainstRuleset(decoded.value.input, r).length === 0)) {
      const names = await evaluationNames(deps.db, previous.roundId, previous.seq);
      return {
        input: decoded.value.input,
        source: {
          kind: 'previous-round',
          roundCode: previous.code,
          roundName: previous.name,
          seq: previous.seq,
        },
        companies: names.organisations,
      };
    }
  }
  const sample = decodeRoundInput(PREVIEW_SAMPLE_ROUND);
  if (!sample.ok) throw new Error('the shipped preview sample does not decode');
  return {
    input: sample.value.input,
    source: { kind: 'sample', roundCode: null, roundName: null, seq: null },
    companies: {},
  };
}

const text = <T>(c: Change<T | null> | null) =>
  c === null ? null : { a: c.a === null ? null : String(c.a), b: c.b === null ? null : String(c.b) };

function entryView(diff: ProductDiff, names: ReadonlyMap<string, string>) {
  return {
    productId: diff.productId,
    productName: names.get(diff.productId) ?? diff.productId,
    group: diff.group,
    presence: diff.presence,
    same: diff.same,
    status: text(diff.status),
    winnersAdded: [...diff.winnersAdded],
    winnersRemoved: [...diff.winnersRemoved],
    prices: diff.prices.map((p) => ({ ...p })),
    bidChanges: diff.bids.length,
    winners: diff.winners,
    ratio: diff.ratio,
    cycleYears: diff.cycleYears,
    // a quantity above 2^53 is a bigint: a decimal string survives JSON
    agreedVolume: text(diff.agreedVolume),
    regionChanges: diff.regions.length,
  };
}

/**
 * The office's what-if before it commits to overrides: the domain's evaluate under the choice's
 * base ruleset and under the choice itself, on the same data, diffed as `./jicai compare` does.
 * Reads only: nothing is saved and nothing is audited.
 */
export async function previewRuleset(deps: AppDeps, actor: Actor, roundId: string, choice: unknown) {
  const round = await findVisibleRound(deps.db, actor, roundId);
  const raw = choice === undefined ? round.ruleset : choice;
  const decoded = decodeRulesetChoice(raw, 'ruleset');
  if (!decoded.ok)
    throw new AppError(
      'VALIDATION_FAILED',
      decoded.problems.map((p) => `${p.path}: ${p.message}`).join('; '),
      decoded.problems,
    );
  const overrides = typeof raw === 'string' ? {} : (raw as Record<string, unknown>);
  const baseName = typeof raw === 'string' ? raw : String(overrides['extends']);
  const base = findBuiltInRuleset(baseName);
  if (!base) throw new Error(`decoded ruleset without a built-in base: ${baseName}`);
  const whatIf = decoded.ruleset;
  const data = await previewData(deps, roundId, [base, whatIf]);
  const [a, b] = [evaluate(data.input, base), evaluate(data.input, whatIf)];
  const diff = diffEvaluations(
    a.result,
    b.result,
    { a: base.name, b: whatIf.name },
    { a: a.revivalOffers, b: b.revivalOffers },
  );
  const names = new Map(data.input.products.map((p) => [p.id, p.name]));
  return {
    source: data.source,
    base: base.name,
    whatIf: whatIf.name,
    overridden: Object.keys(overrides).filter((k) => k !== 'extends'),
    companies: data.companies,
    products: diff.products.map((p) => entryView(p, names)),
  };
}
