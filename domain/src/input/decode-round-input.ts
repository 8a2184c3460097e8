import { z } from 'zod';
import type { RoundInput } from '../round-input.js';
import type { Ruleset } from '../rulesets/ruleset.js';
import { collectBidders, decodeBids } from './decode-bids.js';
import { decodeDemand, type DemandDecoder } from './decode-demand.js';
import { decodeProducts } from './decode-products.js';
import { instant, text } from './field-schemas.js';
import { orderProblems, quote, type InputProblem } from './input-problem.js';
import { IdRegistry, isJsonObject, rawStrings } from './raw-json.js';
import { parseAt } from './zod-problems.js';

export type { InputProblem } from './input-problem.js';

/** A round that passed the contract's input validity, with its ruleset choice still raw (decoded separately). */
export interface DecodedRound {
  readonly ruleset: unknown;
  readonly input: RoundInput;
}

export type DecodeRoundResult =
  | { readonly ok: true; readonly value: DecodedRound }
  | { readonly ok: false; readonly problems: InputProblem[] };

const regionsSchema = z.array(text()).nullable().default(null);

/**
 * The edge of `./jicai evaluate`: JSON in, the domain's RoundInput out, or every problem that makes
 * the round unevaluable (contract "Input validity", G04, G17, G27, G31, G38, G39, G41, G42, G47, G53),
 * in document order. Nothing here judges bids: what eligibility decides (G04) is not an input error.
 *
 * `streamedDemand`: the document's `demand` array as a streaming reader fed it, line by line (the
 * document's own `demand` is then not read); absent, the array in the document is decoded.
 */
export function decodeRoundInput(json: unknown, streamedDemand?: DemandDecoder): DecodeRoundResult {
  if (!isJsonObject(json)) return { ok: false, problems: [{ path: '$', message: 'expected a JSON object' }] };
  const problems: InputProblem[] = [];

  const regions = parseAt(regionsSchema, json['regions'], 'regions', problems);
  const regionCodes = collectRegionCodes(json['regions'], problems);

  const products = decodeProducts(json['products'], problems);
  const productIds = rawStrings(json['products'], 'id');
  const bids = decodeBids(json['bids'], { productIds, regionCodes }, problems);
  const biddersByProduct = collectBidders(json['bids']);
  const refs = { productIds, regionCodes, biddersByProduct };
  const demand = streamedDemand
    ? streamedDemand.finish(refs, problems)
    : decodeDemand(json['demand'], refs, problems);
  const deadline = parseAt(instant(), json['deadline'], 'deadline', problems);

  if (problems.length > 0 || regions === undefined || !products || !bids || !demand || !deadline) {
    return { ok: false, problems: orderProblems(problems) };
  }
  return {
    ok: true,
    value: { ruleset: json['ruleset'], input: { regions, products, bids, demand, deadline: deadline.text } },
  };
}

/** Region codes are unique; the codes are read leniently so one bad entry does not hide unknown references. */
function collectRegionCodes(raw: unknown, problems: InputProblem[]): Set<string> | null {
  if (!Array.isArray(raw)) return null;
  const registry = new IdRegistry(problems);
  const codes = new Set<string>();
  raw.forEach((code: unknown, i) => {
    if (typeof code !== 'string') return;
    registry.claim(code, `regions[${i}]`, `regions[${i}]`, 'region');
    codes.add(code);
  });
  return codes;
}

/**
 * Checks that depend on the ruleset as well as the round: a ruleset that picks supply regions
 * needs the round's regions (contract "Input validity").
 */
export function checkRoundAgainstRuleset(
  input: Pick<RoundInput, 'regions'>,
  ruleset: Ruleset,
): InputProblem[] {
  if (ruleset.volumeAllocation === 'regions' && input.regions === null) {
    return [{ path: 'regions', message: `required: ruleset ${quote(ruleset.name)} picks supply regions` }];
  }
  return [];
}
