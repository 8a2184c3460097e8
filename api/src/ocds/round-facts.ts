import type { EvaluationResult } from '@jicai/domain';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/database.js';
import type { EvaluationRecordTable } from '../award/award.table.js';
import { listRecords } from '../award/evaluation-record.repository.js';
import { findProductsWithSpecs, type ProductRow } from '../rounds/catalogue.repository.js';
import {
  findOrganisations,
  findRoundOffice,
  listAgreedVolumeLines,
  listRoundRegions,
  type ReleaseRow,
} from './ocds.repository.js';
import { listRegionPicks } from './region-picks.repository.js';

/** What the published evaluation input says of each bid (the part OCDS publishes after opening). */
export interface PublishedInput {
  readonly products: readonly {
    readonly id: string;
    readonly specs: readonly { id: string; unitsPerPack: number }[];
  }[];
  readonly bids: readonly {
    readonly id: string;
    readonly productId: string;
    readonly specId: string;
    readonly companyId: string;
    readonly packPrice: string;
    readonly submittedAt: string;
    readonly group: string | null;
  }[];
}

export interface PublishedRecord {
  readonly row: Selectable<EvaluationRecordTable>;
  readonly input: PublishedInput;
  readonly output: EvaluationResult;
}

/** Everything a round's releases are built from, read once per round. */
export interface RoundFacts {
  readonly roundId: string;
  readonly code: string;
  /** the platform's address as the reader reached it: URLs in the releases start with it */
  readonly origin: string;
  readonly office: { readonly id: string; readonly name: string } | null;
  readonly regions: readonly { readonly code: string; readonly name: string }[];
  readonly products: readonly ProductRow[];
  readonly records: ReadonlyMap<number, PublishedRecord>;
  readonly agreedVolumes: Awaited<ReturnType<typeof listAgreedVolumeLines>>;
  readonly regionPicks: Awaited<ReturnType<typeof listRegionPicks>>;
  /** organisation names by id */
  readonly names: ReadonlyMap<string, string>;
}

/**
 * Reads what the recorded releases of one round need. Only what a stage already recorded is read
 * (agreed volumes and region picks once the contracts stage exists), so a release never draws on
 * data of a later stage.
 */
export async function loadRoundFacts(
  db: Kysely<Database>,
  roundId: string,
  releases: readonly ReleaseRow[],
  origin: string,
): Promise<RoundFacts> {
  const first = releases[0];
  if (!first) throw new Error(`round ${roundId} has no releases`);
  const round = first.round_row;
  const stages = new Set(releases.map((r) => r.stage));
  const contracts = stages.has('contracts');
  const [office, regions, products, recordRows, agreedVolumes, regionPicks] = await Promise.all([
    findRoundOffice(db, round.created_by),
    listRoundRegions(db, roundId),
    findProductsWithSpecs(db, roundId),
    releases.some((r) => r.evaluation_seq !== null) ? listRecords(db, roundId) : Promise.resolve([]),
    contracts ? listAgreedVolumeLines(db, roundId) : Promise.resolve([]),
    contracts ? listRegionPicks(db, roundId) : Promise.resolve([]),
  ]);
  const records = new Map<number, PublishedRecord>(
    recordRows.map((row) => [
      row.seq,
      {
        row,
        input: JSON.parse(row.input_json) as PublishedInput,
        output: JSON.parse(row.output_json) as EvaluationResult,
      },
    ]),
  );
  const ids = new Set<string>();
  for (const r of records.values()) for (const b of r.input.bids) ids.add(b.companyId);
  for (const v of agreedVolumes) {
    ids.add(v.company_id);
    if (v.hospital_id) ids.add(v.hospital_id);
  }
  const names = new Map((await findOrganisations(db, [...ids])).map((o) => [o.id, o.name]));
  return {
    roundId,
    code: round.code,
    origin,
    office: office ?? null,
    regions,
    products,
    records,
    agreedVolumes,
    regionPicks,
    names,
  };
}
