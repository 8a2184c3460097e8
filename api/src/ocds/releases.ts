import { EXTENSION_PATH, ocidOf, OCDS_VERSION, PUBLISHER, RELEASE_LANGUAGE } from './ocds-constants.js';
import type { OcdsStage } from './ocds.table.js';
import type { ReleaseRow } from './ocds.repository.js';
import { awardRelease } from './release-awards.js';
import { bidsRelease } from './release-bids.js';
import { contractsRelease } from './release-contracts.js';
import { compileReleases } from './compile-releases.js';
import { isoOf, type Json } from './release-parts.js';
import { amendmentRelease, cancellationRelease, tenderRelease } from './release-tender.js';
import type { RoundFacts } from './round-facts.js';

/** The body of a stage's release: only what that stage made public. */
function stageBody(facts: RoundFacts, row: ReleaseRow, date: string): Json | null {
  const round = row.round_row;
  const stage: OcdsStage = row.stage;
  switch (stage) {
    case 'tender':
      return tenderRelease(facts, round);
    case 'bids':
      return bidsRelease(facts, round.code, row.evaluation_seq);
    case 'proposed':
      return awardRelease(facts, round.code, row.evaluation_seq, false, date);
    case 'awarded':
      return awardRelease(facts, round.code, row.evaluation_seq, true, date);
    case 'contracts':
      return contractsRelease(facts, round.code, row.evaluation_seq, date);
    case 'cancelled':
      return cancellationRelease(round);
    case 'amended':
      return amendmentRelease(round, `amendment-${row.id}`, date);
    default: {
      const _exhaustive: never = stage;
      throw new Error(`unknown stage ${String(_exhaustive)}`);
    }
  }
}

/** `{ocid}-{stage}`; amendments, of which a round may have several, also carry their number. */
const releaseId = (ocid: string, row: ReleaseRow) =>
  row.stage === 'amended' ? `${ocid}-amended-${row.id}` : `${ocid}-${row.stage}`;

/**
 * One recorded release as OCDS: ocid, id (`{ocid}-{stage}`), date (when the stage was reached),
 * tags; null when what it would rest on does not exist (see `recordOf`).
 */
export function buildRelease(facts: RoundFacts, row: ReleaseRow): Json | null {
  const ocid = ocidOf(row.round_row.code);
  const date = isoOf(row.recorded_at);
  const built = stageBody(facts, row, date);
  if (built === null) return null;
  const { tag, ...body } = built;
  return {
    ocid,
    id: releaseId(ocid, row),
    date,
    tag,
    initiationType: 'tender',
    language: RELEASE_LANGUAGE,
    ...body,
  };
}

/** A release package: publishing metadata, the extension, the releases (publishedDate: the latest change). */
export function releasePackage(origin: string, uri: string, releases: readonly Json[]): Json {
  const dates = releases.map((r) => r.date as string).sort();
  return {
    uri,
    version: OCDS_VERSION,
    publishedDate: dates.at(-1) ?? new Date(0).toISOString(),
    publisher: PUBLISHER,
    extensions: [`${origin}${EXTENSION_PATH}`],
    releases,
  };
}

/** A record package of one contracting process: its releases embedded, and the compiled release. */
export function recordPackage(
  origin: string,
  uri: string,
  packageUri: string,
  releases: readonly Json[],
): Json {
  const { releases: _releases, ...meta } = releasePackage(origin, uri, releases);
  const ocid = releases[0]?.ocid;
  return {
    ...meta,
    packages: [packageUri],
    records: [{ ocid, releases, compiledRelease: compileReleases(releases) }],
  };
}
