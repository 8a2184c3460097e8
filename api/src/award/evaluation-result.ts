import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { notFound } from '../http/app-error.js';
import { findRecordOrLatest } from './evaluation-record.repository.js';
import { organisationIdsIn, withNames } from './named-view.js';
import { loadRoundNames } from './round-names.repository.js';

/** A record of the round: the latest unless `seq` names one; 404 before the opening. */
async function findRecord(db: Kysely<Database>, roundId: string, seq: number | undefined) {
  const record = await findRecordOrLatest(db, roundId, seq);
  if (!record)
    throw seq === undefined
      ? notFound('evaluation of this round')
      : notFound(`evaluation record ${seq}`, `第 ${seq} 号评审记录`);
  return record;
}

interface PublishedBid {
  readonly id: string;
  readonly specId: string;
}
interface PublishedOutput {
  readonly ruleset: unknown;
  readonly products: readonly {
    readonly bids: readonly { readonly bidId: string }[];
    readonly allocations?: unknown;
    readonly regions?: unknown;
    readonly regionPicks?: unknown;
  }[];
}

/**
 * The published output as people read it (the `--explain` view of the API): every id where the
 * contract puts it, its name beside it, and each bid's spec code. The published bytes stay the
 * contract's (ids only): names are no input of the rules, and the output is re-run offline.
 */
export async function namedEvaluationResult(
  db: Kysely<Database>,
  roundId: string,
  seq?: number,
  view: 'full' | 'summary' = 'full',
) {
  const record = await findRecord(db, roundId, seq);
  const output = JSON.parse(record.output_json) as PublishedOutput;
  const input = JSON.parse(record.input_json) as { bids: readonly PublishedBid[] };
  const specOf = new Map(input.bids.map((b) => [b.id, b.specId]));
  // summary: the per-hospital and per-region rows left out before naming (most of a national result)
  const kept =
    view === 'summary'
      ? output.products.map(({ allocations: _a, regions: _r, regionPicks: _p, ...rest }) => rest)
      : output.products;
  const names = await loadRoundNames(db, roundId, organisationIdsIn(kept));
  const products = kept.map((p) => ({
    ...p,
    bids: p.bids.map((b) => ({ ...b, specCode: specOf.get(b.bidId) ?? null })),
  }));
  return { roundId, seq: record.seq, ruleset: output.ruleset, products: withNames(products, names) };
}

/**
 * The names of everything a record's documents name by id, for `./jicai evaluate --explain --names`:
 * organisations (bidders, brands, hospitals) by id, regions and products by code.
 */
export async function evaluationNames(db: Kysely<Database>, roundId: string, seq?: number) {
  const record = await findRecord(db, roundId, seq);
  const input = JSON.parse(record.input_json) as unknown;
  const names = await loadRoundNames(db, roundId, organisationIdsIn(input));
  return {
    roundId,
    seq: record.seq,
    organisations: Object.fromEntries(names.organisations),
    regions: Object.fromEntries(names.regions),
    products: Object.fromEntries(names.products),
  };
}
