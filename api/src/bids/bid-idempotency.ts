import type { AppDeps } from '../app-env.js';
import { canonicalJson } from '../audit/audit-hash.js';
import type { Actor } from '../auth/roles.js';
import { AppError } from '../http/app-error.js';
import { isUniqueViolation } from '../db/pg-errors.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import { bidCommitment } from './bid-commitment.js';
import { signReceipt, type BidReceipt, type ReceiptBid } from './bid-receipt.js';
import * as repo from './bids.repository.js';
import { digestAtRest, openAtRest } from './platform-vault.js';

/** A salt is sealed at rest bound to its commitment: it cannot be moved to another row. */
export const saltAad = (commitment: string) => `bid-salt|${commitment}`;

export function openSalt(deps: AppDeps, row: { salt_sealed: string | null; commitment: string | null }) {
  return row.salt_sealed && row.commitment
    ? openAtRest(deps.signer, row.salt_sealed, saltAad(row.commitment))
    : null;
}

/**
 * What a retry must repeat exactly: same method, round, product and (normalized) body. Keyed
 * (HMAC under the platform's at-rest key): the body holds the price, and a plain hash of it in
 * bid_idempotency would let a database reader find the price by trying every one.
 */
export function hashRequest(
  signer: PlatformSigner,
  method: string,
  req: { roundId: string; productCode: string },
  body: unknown,
): string {
  const canonical = canonicalJson({ method, roundId: req.roundId, productCode: req.productCode, body });
  return digestAtRest(signer, canonical);
}

/**
 * Runs the write unless the company already used the key: then (or when a concurrent request with
 * the same key won the race) the stored receipt is rebuilt and re-signed, identical byte for byte.
 * The platform keeps no copy of the bid: a retry carries the same body (its hash matched), so the
 * bid in the rebuilt receipt is the retry's own, next to the salt kept sealed at rest.
 */
export async function keyed(
  deps: AppDeps,
  actor: Actor,
  key: string,
  requestHash: string,
  write: () => Promise<BidReceipt | null>,
  bid: ReceiptBid | null = null,
): Promise<{ receipt: BidReceipt; replayed: boolean }> {
  try {
    const receipt = await write();
    if (receipt) return { receipt, replayed: false };
  } catch (error) {
    if (!isUniqueViolation(error, 'bid_idempotency_pk')) throw error;
  }
  const row = await repo.findKeyedReceipt(deps.db, actor.organisationId, key);
  if (!row)
    throw new AppError('CONFLICT', {
      en: 'a request with this Idempotency-Key is still in flight: retry',
      zh: '使用此 Idempotency-Key 的请求仍在处理中，请稍后重试',
    });
  if (row.request_hash !== requestHash) {
    throw new AppError(
      'CONFLICT',
      {
        en: 'this Idempotency-Key was used for a different request',
        zh: '此 Idempotency-Key 已用于另一个请求',
      },
      [
        {
          path: 'header.Idempotency-Key',
          message: 'already used for a different request',
          messageZh: '已用于另一个请求',
        },
      ],
    );
  }
  const salt = openSalt(deps, row);
  const own = row.kind === 'bid' && salt !== null ? bid : null;
  if (own && row.commitment !== commitmentOf(row, actor.organisationId, own, salt as string))
    throw new Error(`the stored commitment of key ${key} does not match its request`);
  const receipt = signReceipt(deps.signer, {
    kind: row.kind,
    roundId: row.round_id,
    productCode: row.product_code,
    companyId: actor.organisationId,
    commitment: row.commitment,
    bid: own,
    salt: own && salt,
    revision: row.revision,
    sequence: Number(row.sequence),
    receivedAt: row.received_at,
    roundKeyId: row.round_key_id,
  });
  return { receipt, replayed: true };
}

const commitmentOf = (
  row: { round_id: string; product_code: string },
  companyId: string,
  bid: ReceiptBid,
  salt: string,
) =>
  bidCommitment({
    roundId: row.round_id,
    productCode: row.product_code,
    companyId,
    specCode: bid.specCode,
    packPrice: bid.packPrice,
    salt,
    technicalDigest: bid.technicalDigest ?? undefined,
  });
