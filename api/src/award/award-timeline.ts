import { formatShanghai } from '@jicai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { notFound } from '../http/app-error.js';
import { findVisibleRound } from '../rounds/visible-round.js';
import { findRoundAward } from './round-award.repository.js';

const at = (d: Date | null) => (d ? formatShanghai(d) : null);

/**
 * The award's dates as the office announced them (public once opened, like the result they frame):
 * opening, the revival window (复活), the proposed winners' publication and its objection period
 * (异议期, to 17:00 of its last working day), the award, agreed volumes. Nothing exists before the
 * opening: a 404 then, as for the evaluation.
 */
export async function awardTimeline(db: Kysely<Database>, roundId: string) {
  await findVisibleRound(db, roundId);
  const award = await findRoundAward(db, roundId);
  if (!award?.opened_at) throw notFound('award timeline of this round', '本批次的评审时间表');
  return {
    roundId,
    openedAt: formatShanghai(award.opened_at),
    revivalClosesAt: at(award.revival_closes_at),
    revivalClosedAt: at(award.revival_closed_at),
    proposedAt: at(award.proposed_at),
    objectionEndsAt: at(award.objection_ends_at),
    awardedAt: at(award.awarded_at),
    regionSelectionStartedAt: at(award.region_selection_started_at),
    volumesAgreedAt: at(award.volumes_agreed_at),
  };
}
