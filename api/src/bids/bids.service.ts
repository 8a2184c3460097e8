import type { RoundState } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { canonicalJson } from '../audit/audit-hash.js';
import type { Actor } from '../auth/roles.js';
import { AppError, invalid, notFound } from '../http/app-error.js';
import {
  bidCommitment,
  digestText,
  envelopeAad,
  newSalt,
  normalizePackPrice,
  sealPriceEnvelope,
  sealTechnicalEnvelope,
} from './bid-commitment.js';
import { hashRequest, keyed, openSalt, saltAad } from './bid-idempotency.js';
import { signReceipt, type BidReceipt } from './bid-receipt.js';
import * as repo from './bids.repository.js';
import type { BidInput } from './bids.schema.js';
import { sealAtRest } from './platform-vault.js';

/** One audit chain per company and round: a shared chain would make every bid wait for the last. */
export const bidStream = (roundId: string, companyId: string) => `round:${roundId}:company:${companyId}`;

type Context = NonNullable<Awaited<ReturnType<typeof repo.readBidContext>>>;
interface Request {
  readonly roundId: string;
  readonly productCode: string;
  readonly key: string;
}

/** A company submits or replaces its sealed bid for one product; the answer is a signed receipt. */
export async function submitBid(
  deps: AppDeps,
  actor: Actor,
  req: Request,
  input: BidInput,
): Promise<{ receipt: BidReceipt; replayed: boolean }> {
  const packPrice = normalizePackPrice(input.packPrice);
  const body = { specCode: input.specCode, packPrice, technical: input.technical };
  const requestHash = hashRequest('PUT', req, body);
  return keyed(deps, actor, req.key, requestHash, () =>
    deps.db.transaction().execute(async (trx) => {
      const companyId = actor.organisationId;
      const ctx = await repo.readBidContext(trx, { ...req, companyId, specCode: input.specCode });
      if (ctx?.request_hash) return null; // the key was used: answer from the stored receipt
      const { productId, publicKey, roundKeyId, now, dual, registered } = requireBidding(ctx, req);
      if (!registered) throw invalid('specCode', 'not a spec your company registered for this product');
      if (dual && input.technical === undefined)
        throw invalid('technical', 'a dual-envelope round needs the technical envelope');
      if (!dual && input.technical !== undefined)
        throw invalid('technical', 'only dual-envelope rounds take a technical envelope');

      const salt = newSalt();
      const technicalDigest = input.technical === undefined ? undefined : digestText(input.technical);
      const terms = { ...req, companyId, specCode: input.specCode, packPrice, salt, technicalDigest };
      const commitment = bidCommitment(terms);
      const aad = envelopeAad(req.roundId, companyId, productId);
      const envelope = sealPriceEnvelope(
        publicKey,
        { specCode: input.specCode, packPrice, salt, technicalDigest },
        aad,
      );
      const technical =
        input.technical === undefined ? null : sealTechnicalEnvelope(publicKey, input.technical, aad);
      const saved = await repo.upsertBid(trx, {
        roundId: req.roundId,
        productId,
        companyId,
        key: req.key,
        requestHash,
        receivedAt: now,
        commitment,
        envelope: JSON.stringify(envelope),
        technicalEnvelope: technical && JSON.stringify(technical),
        saltSealed: sealAtRest(deps.signer, salt, saltAad(commitment)),
      });
      await appendAudit(trx, {
        stream: bidStream(req.roundId, companyId),
        actorUserId: actor.userId,
        action: saved.revision === 1 ? 'bid.submitted' : 'bid.replaced',
        subject: `round:${req.roundId}:product:${req.productCode}`,
        payload: { commitment, revision: saved.revision, sequence: Number(saved.sequence), roundKeyId },
      });
      return signReceipt(deps.signer, {
        kind: 'bid',
        roundId: req.roundId,
        productCode: req.productCode,
        companyId,
        commitment,
        salt,
        revision: saved.revision,
        sequence: Number(saved.sequence),
        receivedAt: saved.received_at,
        roundKeyId,
      });
    }),
  );
}

/** A company withdraws its bid for one product (the row stays, as a withdrawn revision). */
export async function withdraw(
  deps: AppDeps,
  actor: Actor,
  req: Request,
): Promise<{ receipt: BidReceipt; replayed: boolean }> {
  const requestHash = hashRequest('DELETE', req, {});
  return keyed(deps, actor, req.key, requestHash, () =>
    deps.db.transaction().execute(async (trx) => {
      const companyId = actor.organisationId;
      const ctx = await repo.readBidContext(trx, { ...req, companyId, specCode: null });
      if (ctx?.request_hash) return null;
      const { productId, roundKeyId, now } = requireBidding(ctx, req);
      const saved = await repo.withdrawBid(trx, {
        ...req,
        productId,
        companyId,
        requestHash,
        receivedAt: now,
      });
      if (!saved) throw notFound(`your bid for product ${req.productCode}`);
      await appendAudit(trx, {
        stream: bidStream(req.roundId, companyId),
        actorUserId: actor.userId,
        action: 'bid.withdrawn',
        subject: `round:${req.roundId}:product:${req.productCode}`,
        payload: { revision: saved.revision, sequence: Number(saved.sequence) },
      });
      return signReceipt(deps.signer, {
        kind: 'withdrawal',
        roundId: req.roundId,
        productCode: req.productCode,
        companyId,
        commitment: null,
        salt: null,
        revision: saved.revision,
        sequence: Number(saved.sequence),
        receivedAt: saved.received_at,
        roundKeyId,
      });
    }),
  );
}

/** The round must be visible, bidding open before its deadline (database clock), the product the round's. */
function requireBidding(ctx: Context | undefined, req: Request) {
  if (!ctx || !ctx.published) throw notFound('round');
  const { state, db_now: databaseTime } = ctx;
  if (AFTER_BIDDING.includes(state) || (state === 'bidding-open' && !ctx.before_deadline)) {
    throw new AppError('DEADLINE_PASSED', `bidding has closed; the database time is ${databaseTime}`, [], {
      databaseTime,
    });
  }
  if (state !== 'bidding-open') {
    const message = `bids are taken while bidding is open (the round is ${state})`;
    throw new AppError('INVALID_STATE', message, [], { state, databaseTime });
  }
  if (!ctx.public_key || !ctx.round_key_id)
    throw new AppError(
      'INVALID_STATE',
      'the round has no opening key: the office holds the key ceremony first',
    );
  if (!ctx.product_id) throw notFound(`product ${req.productCode} of this round`);
  return {
    productId: ctx.product_id,
    publicKey: ctx.public_key,
    roundKeyId: ctx.round_key_id,
    now: databaseTime,
    dual: ctx.dual_envelope,
    registered: ctx.registered_spec_id !== null,
  };
}

/** The caller's own receipts (latest revision per product); nobody can decrypt before opening. */
export async function listMine(deps: AppDeps, actor: Actor, roundId: string): Promise<BidReceipt[]> {
  if (!(await repo.findPublishedRoundState(deps.db, roundId))) throw notFound('round');
  const rows = await repo.listOwnBids(deps.db, roundId, actor.organisationId);
  return rows.map((row) =>
    signReceipt(deps.signer, {
      kind: row.withdrawn ? 'withdrawal' : 'bid',
      roundId,
      productCode: row.product_code,
      companyId: actor.organisationId,
      commitment: row.commitment,
      salt: openSalt(deps, row),
      revision: row.revision,
      sequence: Number(row.sequence),
      receivedAt: row.received_at,
      roundKeyId: row.round_key_id,
    }),
  );
}

/** Once bidding has closed (the state, not just the instant: in-flight bids have then committed). */
const AFTER_BIDDING: readonly RoundState[] = [
  'bidding-closed',
  'technical-opened',
  'revival-window',
  'evaluated',
  'objection-period',
  'awarded',
  'region-selection',
  'volumes-agreed',
];

/**
 * The signed list of commitments of the live bids, sorted by value: each company finds its own and
 * knows its bid is in, unaltered. Before bidding closes it does not exist (404), like every bid route.
 */
export async function publishedCommitments(deps: AppDeps, roundId: string) {
  const round = await repo.findPublishedRoundState(deps.db, roundId);
  if (!round || !AFTER_BIDDING.includes(round.state))
    throw notFound('commitments of this round (published when bidding has closed)');
  const record = {
    roundId,
    commitments: await repo.listCommitments(deps.db, roundId),
    keyId: deps.signer.keyId,
  };
  return { ...record, signature: deps.signer.sign(Buffer.from(canonicalJson(record), 'utf8')) };
}
