import { createHash } from 'node:crypto';
import type { AppDeps } from '../app-env.js';
import { canonicalJson } from '../audit/audit-hash.js';
import type { Actor } from '../auth/roles.js';
import { AppError } from '../http/app-error.js';
import { isUniqueViolation } from '../organisations/pg-errors.js';
import { signReceipt, type BidReceipt } from './bid-receipt.js';
import * as repo from './bids.repository.js';
import { openAtRest } from './platform-vault.js';

/** A salt is sealed at rest bound to its commitment: it cannot be moved to another row. */
export const saltAad = (commitment: string) => `bid-salt|${commitment}`;

export function openSalt(deps: AppDeps, row: { salt_sealed: string | null; commitment: string | null }) {
  return row.salt_sealed && row.commitment
    ? openAtRest(deps.signer, row.salt_sealed, saltAad(row.commitment))
    : null;
}

/** What a retry must repeat exactly: same method, round, product and (normalized) body. */
export function hashRequest(
  method: string,
  req: { roundId: string; productCode: string },
  body: unknown,
): string {
  const canonical = canonicalJson({ method, roundId: req.roundId, productCode: req.productCode, body });
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Runs the write unless the company already used the key: then (or when a concurrent request with
 * the same key won the race) the stored receipt is rebuilt and re-signed, identical byte for byte.
 */
export async function keyed(
  deps: AppDeps,
  actor: Actor,
  key: string,
  requestHash: string,
  write: () => Promise<BidReceipt | null>,
): Promise<{ receipt: BidReceipt; replayed: boolean }> {
  try {
    const receipt = await write();
    if (receipt) return { receipt, replayed: false };
  } catch (error) {
    if (!isUniqueViolation(error, 'bid_idempotency_pk')) throw error;
  }
  const row = await repo.findKeyedReceipt(deps.db, actor.organisationId, key);
  if (!row) throw new AppError('CONFLICT', 'a request with this Idempotency-Key is still in flight: retry');
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
  const receipt = signReceipt(deps.signer, {
    kind: row.kind,
    roundId: row.round_id,
    productCode: row.product_code,
    companyId: actor.organisationId,
    commitment: row.commitment,
    salt,
    revision: row.revision,
    sequence: Number(row.sequence),
    receivedAt: row.received_at,
    roundKeyId: row.round_key_id,
  });
  return { receipt, replayed: true };
}
