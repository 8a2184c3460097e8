import type { Db } from '../db/database.js';
import { submitBids, type BidSubmission, type BidSubmissionRow } from './bid-submit.repository.js';

/** Batches writing at once; bids arriving meanwhile wait and go together in the next one. */
const MAX_IN_FLIGHT = 2;
const MAX_BATCH = 128;

interface Waiting {
  readonly submission: BidSubmission;
  readonly resolve: (row: BidSubmissionRow) => void;
  readonly reject: (error: unknown) => void;
}

interface Queue {
  waiting: Waiting[];
  inFlight: number;
  scheduled: boolean;
}

const queues = new WeakMap<Db, Queue>();

/**
 * Writes a bid as PostgreSQL commits: alone when the platform is quiet, together with the bids that
 * arrived while earlier batches were writing when it is busy. One statement, one transaction and one
 * commit per batch; every receipt is answered only after its batch committed, so an acknowledged bid
 * is durable exactly as a bid written alone. A batch that fails as a whole (one malformed submission,
 * say) is written again one bid at a time, so each gets its own answer.
 */
export function writeBid(db: Db, submission: BidSubmission): Promise<BidSubmissionRow> {
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = { waiting: [], inFlight: 0, scheduled: false }));
  const q = queue;
  return new Promise((resolve, reject) => {
    q.waiting.push({ submission, resolve, reject });
    if (!q.scheduled) {
      q.scheduled = true;
      // after this turn of the event loop: the requests parsed in it go together
      setImmediate(() => {
        q.scheduled = false;
        drain(db, q);
      });
    }
  });
}

function drain(db: Db, q: Queue): void {
  while (q.inFlight < MAX_IN_FLIGHT && q.waiting.length > 0) {
    const batch = takeBatch(q);
    q.inFlight++;
    void write(db, batch).finally(() => {
      q.inFlight--;
      drain(db, q);
    });
  }
}

/** In arrival order, at most one bid per audit stream (company and round): each links to its head. */
function takeBatch(q: Queue): Waiting[] {
  const streams = new Set<string>();
  const batch: Waiting[] = [];
  const later: Waiting[] = [];
  for (const w of q.waiting) {
    if (batch.length < MAX_BATCH && !streams.has(w.submission.auditStream)) {
      streams.add(w.submission.auditStream);
      batch.push(w);
    } else later.push(w);
  }
  q.waiting = later;
  return batch;
}

async function write(db: Db, batch: readonly Waiting[]): Promise<void> {
  try {
    const rows = await submitBids(
      db,
      batch.map((w) => w.submission),
    );
    batch.forEach((w, i) => w.resolve(rows[i] as BidSubmissionRow));
    return;
  } catch (error) {
    if (batch.length === 1) return batch[0]?.reject(error);
    // each bid alone, with its own outcome or error
  }
  await Promise.all(
    batch.map((w) =>
      submitBids(db, [w.submission]).then(([row]) => w.resolve(row as BidSubmissionRow), w.reject),
    ),
  );
}
