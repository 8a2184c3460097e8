import type { Db } from '../db/database.js';
import { listRoundSealingRows } from './bid-submit.repository.js';

/** What sealing a bid of a round needs before the write: fixed once the key ceremony is done. */
export interface RoundSealing {
  readonly publicKey: Buffer;
  readonly roundKeyId: string;
  readonly dualEnvelope: boolean;
  /** product code → id */
  readonly products: ReadonlyMap<string, string>;
  /** product code → its spec codes (the catalogue's spellings, to canonicalise what a company types) */
  readonly specs: ReadonlyMap<string, readonly string[]>;
}

const MAX_ROUNDS = 1_000;
const caches = new WeakMap<Db, Map<string, RoundSealing>>();

/**
 * The round's public key, key id, envelope mode and product ids, remembered per process so a bid
 * is sealed before its one write. The write checks key id and product id again inside its statement
 * and refuses on any difference; the caller then asks again with `fresh` (a stale entry costs a
 * retry, never a wrong bid). Undefined while the round has no key or is not published.
 */
export async function roundSealing(
  db: Db,
  roundId: string,
  fresh = false,
): Promise<RoundSealing | undefined> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const known = fresh ? undefined : cache.get(roundId);
  if (known) return known;
  const rows = await listRoundSealingRows(db, roundId);
  const first = rows[0];
  if (!first) {
    cache.delete(roundId);
    return undefined;
  }
  const sealing: RoundSealing = {
    publicKey: first.public_key,
    roundKeyId: first.round_key_id,
    dualEnvelope: first.ruleset_frozen?.dualEnvelope === true,
    products: new Map(rows.flatMap((r) => (r.code && r.product_id ? [[r.code, r.product_id] as const] : []))),
    specs: specsByProduct(rows),
  };
  if (cache.size >= MAX_ROUNDS) cache.clear();
  cache.set(roundId, sealing);
  return sealing;
}

function specsByProduct(rows: readonly { code: string | null; spec_code: string | null }[]) {
  const specs = new Map<string, string[]>();
  for (const { code, spec_code } of rows) {
    if (!code || !spec_code) continue;
    const list = specs.get(code);
    if (list) list.push(spec_code);
    else specs.set(code, [spec_code]);
  }
  return specs;
}

/** The round's key, publication or catalogue changed (told by PostgreSQL, from any node). */
export function forgetRoundSealing(db: Db, roundId: string): void {
  caches.get(db)?.delete(roundId);
}

/** Notifications may have been missed (node-bus resync): every round is read afresh. */
export function forgetAllRoundSealings(db: Db): void {
  caches.get(db)?.clear();
}
