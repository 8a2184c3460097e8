import { roundStateZh } from '@jicai/domain';
import { isAfterBidding, type RoundState } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { companyBidStream } from '../audit/audit-actions.js';
import { appendAudit, lockAuditStream } from '../audit/audit.repository.js';
import { canonicalJson } from '../audit/audit-hash.js';
import { forgetActor, type Credential } from '../auth/actor-cache.js';
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
import { hashRequest, keyed, saltAad } from './bid-idempotency.js';
import { signReceipt, type BidReceipt } from './bid-receipt.js';
import * as repo from './bids.repository.js';
import type { BidInput } from './bids.schema.js';
import { sealAtRest } from './platform-vault.js';
import { roundSealing } from './bid-round-cache.js';
import { writeBid } from './bid-batcher.js';
import { canonicalBidCodes } from './bid-codes.js';
import { discardFilesOfWithdrawnBid } from '../technical-files/technical-files-release.js';
import { findRejectedRegistration } from '../companies/registration-review.repository.js';

type Context = NonNullable<Awaited<ReturnType<typeof repo.readWithdrawalContext>>>;
interface Request {
  readonly roundId: string;
  readonly productCode: string;
  readonly key: string;
}

/** A company submits or replaces its sealed bid for one product; the answer is a signed receipt. */
export async function submitBid(
  deps: AppDeps,
  actor: Actor,
  credential: Credential,
  typed: Request,
  typedInput: BidInput,
): Promise<{ receipt: BidReceipt; replayed: boolean }> {
  const codes = await canonicalBidCodes(deps.db, typed.roundId, {
    productCode: typed.productCode,
    specCode: typedInput.specCode,
  });
  const req = { ...typed, productCode: codes.productCode };
  const input = { ...typedInput, specCode: codes.specCode ?? typedInput.specCode };
  const packPrice = normalizePackPrice(input.packPrice);
  const body = { specCode: input.specCode, packPrice, technical: input.technical };
  const requestHash = hashRequest(deps.signer, 'PUT', req, body);
  const companyId = actor.organisationId;
  const technicalDigest = input.technical === undefined ? undefined : digestText(input.technical);
  // the bid as sent, in the company's receipt: never stored, so a retry answers its own body's
  const bid = { specCode: input.specCode, packPrice, technicalDigest: technicalDigest ?? null };
  const write = async () => {
    // sealed before the one write from what this process remembers of the round; the write checks
    // key and product again and refuses on a difference, and then the round is read afresh once
    for (let attempt = 0; attempt < 2; attempt++) {
      const round = await roundSealing(deps.db, req.roundId, attempt > 0);
      const productId = round?.products.get(req.productCode) ?? null;
      const salt = newSalt();
      const terms = { ...req, companyId, specCode: input.specCode, packPrice, salt, technicalDigest };
      const commitment = bidCommitment(terms);
      const sealed =
        round && productId
          ? sealBid(round.publicKey, envelopeAad(req.roundId, companyId, productId), {
              specCode: input.specCode,
              packPrice,
              salt,
              technicalDigest,
              technical: input.technical,
            })
          : null;
      const row = await writeBid(deps.db, {
        ...req,
        companyId,
        userId: actor.userId,
        credential,
        specCode: input.specCode,
        requestHash,
        roundKeyId: round?.roundKeyId ?? null,
        productId,
        commitment: sealed && commitment,
        envelope: sealed?.envelope ?? null,
        technicalEnvelope: sealed?.technical ?? null,
        saltSealed: sealed && sealAtRest(deps.signer, salt, saltAad(commitment)),
        auditStream: companyBidStream(req.roundId, companyId),
        auditSubject: `round:${req.roundId}:product:${req.productCode}`,
      });
      if (row.outcome === 'credential') {
        forgetActor(deps.db, credential);
        throw new AppError('UNAUTHENTICATED', {
          en: 'your sign-in is no longer valid: sign in again',
          zh: '您的登录已失效，请重新登录',
        });
      }
      if (row.outcome === 'keyed') return null; // the key was used: answer from the stored receipt
      if (row.outcome === 'written') {
        return signReceipt(deps.signer, {
          kind: 'bid',
          roundId: req.roundId,
          productCode: req.productCode,
          companyId,
          commitment,
          bid,
          salt,
          revision: row.bid_revision as number,
          sequence: Number(row.bid_sequence),
          receivedAt: row.db_now,
          roundKeyId: row.key_id as string,
        });
      }
      requireBidding(
        row.round_state === null
          ? undefined
          : {
              published: row.is_published === true,
              state: row.round_state as RoundState,
              beforeDeadline: row.is_before_deadline === true,
              databaseTime: row.db_now,
              hasKey: row.key_id !== null,
              productId: row.product,
            },
        req,
      );
      if (!row.is_registered)
        throw await unregisteredSpec(deps, companyId, row.product, req.productCode, input.specCode);
      if (row.is_dual && input.technical === undefined)
        throw invalid(
          'technical',
          'a dual-envelope round needs the technical envelope',
          '双信封轮次须提交技术标',
        );
      if (!row.is_dual && input.technical !== undefined)
        throw invalid(
          'technical',
          'only dual-envelope rounds take a technical envelope',
          '只有双信封轮次才接收技术标',
        );
      // every check passed: what this process remembered of the round was stale
    }
    throw new Error(`a bid for round ${req.roundId} was refused although the round accepts it`);
  };
  return keyed(deps, actor, req.key, requestHash, write, bid);
}

/** The refusal names the spec codes the company did register, so it can correct its bid. */
async function unregisteredSpec(
  deps: AppDeps,
  companyId: string,
  productId: string | null,
  productCode: string,
  specCode: string,
) {
  const rejected = productId
    ? await findRejectedRegistration(deps.db, companyId, productId, specCode)
    : undefined;
  if (rejected)
    return new AppError(
      'INVALID_STATE',
      {
        en: `the office rejected your company's registration of spec ${specCode} of product ${productCode}: ${rejected.review_reason ?? ''}`,
        zh: `贵企业产品 ${productCode} 规格 ${specCode} 的登记未通过审核，不能投标：${rejected.review_reason ?? ''}`,
      },
      [{ path: 'specCode', message: 'registration rejected', messageZh: '登记未通过审核' }],
      { registrationId: rejected.id, reviewStatus: 'rejected', reviewReason: rejected.review_reason },
    );
  const registered = productId ? await repo.listRegisteredSpecCodes(deps.db, companyId, productId) : [];
  return registered.length === 0
    ? invalid(
        'specCode',
        `your company registered no spec of product ${productCode}: register one before bidding`,
        `贵企业未登记产品 ${productCode} 的任何规格：请先登记规格再投标`,
      )
    : invalid(
        'specCode',
        `not a spec your company registered for product ${productCode}: you registered ${registered.join(', ')}`,
        `该规格不是贵企业为产品 ${productCode} 登记的规格：已登记的规格为 ${registered.join('、')}`,
      );
}

function sealBid(
  publicKey: Buffer,
  aad: string,
  c: { specCode: string; packPrice: string; salt: string; technicalDigest?: string; technical?: string },
) {
  const price = {
    specCode: c.specCode,
    packPrice: c.packPrice,
    salt: c.salt,
    technicalDigest: c.technicalDigest,
  };
  return {
    envelope: JSON.stringify(sealPriceEnvelope(publicKey, price, aad)),
    technical:
      c.technical === undefined ? null : JSON.stringify(sealTechnicalEnvelope(publicKey, c.technical, aad)),
  };
}

/** A company withdraws its bid for one product (the row stays, as a withdrawn revision). */
export async function withdraw(
  deps: AppDeps,
  actor: Actor,
  typed: Request,
): Promise<{ receipt: BidReceipt; replayed: boolean }> {
  const { productCode } = await canonicalBidCodes(deps.db, typed.roundId, { productCode: typed.productCode });
  const req = { ...typed, productCode };
  const requestHash = hashRequest(deps.signer, 'DELETE', req, {});
  return keyed(deps, actor, req.key, requestHash, () =>
    deps.db.transaction().execute(async (trx) => {
      const companyId = actor.organisationId;
      // the company's audit stream before any row: the lock order of every writer of bids
      await lockAuditStream(trx, companyBidStream(req.roundId, companyId));
      const ctx = await repo.readWithdrawalContext(trx, { ...req, companyId });
      if (ctx?.request_hash) return null;
      const { productId, now } = requireBidding(ctx && gateOf(ctx), req);
      const roundKeyId = ctx?.round_key_id as string;
      const saved = await repo.withdrawBid(trx, {
        ...req,
        productId,
        companyId,
        requestHash,
        receivedAt: now,
      });
      if (!saved)
        throw notFound(`your bid for product ${req.productCode}`, `贵企业对产品 ${req.productCode} 的报价`);
      await appendAudit(trx, {
        stream: companyBidStream(req.roundId, companyId),
        actorUserId: actor.userId,
        action: 'bid.withdrawn',
        subject: `round:${req.roundId}:product:${req.productCode}`,
        payload: { revision: saved.revision, sequence: Number(saved.sequence) },
      });
      await discardFilesOfWithdrawnBid(trx, { ...req, companyId, productId, actorUserId: actor.userId });
      return signReceipt(deps.signer, {
        kind: 'withdrawal',
        roundId: req.roundId,
        productCode: req.productCode,
        companyId,
        commitment: null,
        bid: null,
        salt: null,
        revision: saved.revision,
        sequence: Number(saved.sequence),
        receivedAt: saved.received_at,
        roundKeyId,
      });
    }),
  );
}

/** What decides whether a bid may be written now, as the database saw it. */
interface BidGate {
  readonly published: boolean;
  readonly state: RoundState;
  readonly beforeDeadline: boolean;
  /** the database clock, UTC with microseconds */
  readonly databaseTime: string;
  readonly hasKey: boolean;
  readonly productId: string | null;
}

const gateOf = (ctx: Context): BidGate => ({
  published: ctx.published,
  state: ctx.state,
  beforeDeadline: ctx.before_deadline,
  databaseTime: ctx.db_now,
  hasKey: ctx.public_key !== null && ctx.round_key_id !== null,
  productId: ctx.product_id,
});

/** The round must be visible, bidding open before its deadline (database clock), the product the round's. */
function requireBidding(gate: BidGate | undefined, req: Request) {
  if (!gate || !gate.published) throw notFound('round');
  const { state, databaseTime } = gate;
  if (isAfterBidding(state) || (state === 'bidding-open' && !gate.beforeDeadline)) {
    const message = {
      en: `bidding has closed; the database time is ${databaseTime}`,
      zh: `投标已截止；数据库时间为 ${databaseTime}`,
    };
    throw new AppError('DEADLINE_PASSED', message, [], { databaseTime });
  }
  if (state !== 'bidding-open') {
    const message = {
      en: `bids are taken while bidding is open (the round is ${state})`,
      zh: `仅在投标开放期间接收报价（当前批次状态：${roundStateZh(state)}）`,
    };
    throw new AppError('INVALID_STATE', message, [], { state, databaseTime });
  }
  if (!gate.hasKey)
    throw new AppError('INVALID_STATE', {
      en: 'the round has no opening key: the office holds the key ceremony first',
      zh: '本轮次尚无开标密钥：须由采购办公室先举行密钥仪式',
    });
  if (!gate.productId)
    throw notFound(`product ${req.productCode} of this round`, `本轮次的产品 ${req.productCode}`);
  return { productId: gate.productId, now: databaseTime };
}

/**
 * The caller's own receipts (latest revision per product), commitment only: the bid and its salt
 * were the answer to the bid itself. Listing the salt would hand out, beside the commitment, what
 * finds the price by trying every one; the platform keeps no readable copy of a price before opening.
 */
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
      bid: null,
      salt: null,
      revision: row.revision,
      sequence: Number(row.sequence),
      receivedAt: row.received_at,
      roundKeyId: row.round_key_id,
    }),
  );
}

/**
 * The signed list of commitments of the live bids, sorted by value: each company finds its own and
 * knows its bid is in, unaltered. Before bidding closes it does not exist (404), like every bid route.
 */
export async function publishedCommitments(deps: AppDeps, roundId: string) {
  const round = await repo.findPublishedRoundState(deps.db, roundId);
  if (!round || !isAfterBidding(round.state))
    throw notFound('commitments of this round (published when bidding has closed)');
  const record = {
    roundId,
    commitments: await repo.listCommitments(deps.db, roundId),
    keyId: deps.signer.keyId,
  };
  return { ...record, signature: deps.signer.sign(Buffer.from(canonicalJson(record), 'utf8')) };
}
