import { roundStateZh } from '@jicai/domain';
import { createHash } from 'node:crypto';
import { isBeforeBidding } from '@jicai/domain';
import type { Transaction } from 'kysely';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { AppError, notFound, type FieldProblem } from '../http/app-error.js';
import { lockRoundForUpdate } from '../rounds/rounds.repository.js';
import { seesDrafts } from '../rounds/rounds.service.js';
import { splitRoundKey } from '../sealing/key-shares.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import { generateRoundKeyPair } from '../sealing/round-key.js';
import type { KeyCeremonyInput } from './key-ceremony.schema.js';
import * as repo from './key-ceremony.repository.js';
import { openAtRest, sealAtRest } from '../bids/platform-vault.js';

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const pendingAad = (roundId: string, userId: string) => `key-share|round:${roundId}|user:${userId}`;

export interface KeyCeremonyResult {
  readonly roundId: string;
  readonly roundKeyId: string;
  /** X25519 SubjectPublicKeyInfo DER, base64 */
  readonly publicKey: string;
  readonly k: number;
  readonly n: number;
  readonly createdAt: string;
  readonly officials: readonly { userId: string; shareIndex: number; shareHash: string }[];
  /** the shares themselves, for the demo seed and tests; never sent to the office admin */
  readonly shares: readonly { userId: string; shareIndex: number; share: string }[];
}

/**
 * The key ceremony, before bidding opens: a fresh X25519 pair for the round; the private key is split
 * k-of-n among the chosen officials (Shamir) and then wiped; only the public key, k, n and each
 * share's SHA-256 are kept. With a `signer`, each share is also kept sealed under the platform's
 * at-rest key until its official takes it once (POST …/my-share), which deletes the stored copy;
 * without one (the demo seed), the caller hands the returned shares over itself.
 *
 * Trust assumption: between the ceremony and the fetch, a share is readable by the platform process
 * only (its at-rest key lives outside the database, see platform-vault.ts) — not by a database dump,
 * not by the office admin, who never sees a share. The platform already sees each price in clear
 * while sealing it, so this adds no new party. Officials should fetch before bidding opens; every
 * fetch is audited, and the ceremony's share hashes let each official check the share it holds.
 */
export async function runKeyCeremony(
  trx: Transaction<Database>,
  roundId: string,
  officialUserIds: readonly string[],
  k: number,
  actorUserId: string,
  signer?: PlatformSigner,
): Promise<KeyCeremonyResult> {
  const round = await lockRoundForUpdate(trx, roundId);
  if (!round) throw notFound('round');
  if (!isBeforeBidding(round.state)) {
    throw new AppError(
      'INVALID_STATE',
      {
        en: `the key ceremony is held before bidding opens (the round is ${round.state})`,
        zh: `密钥仪式须在投标开始前举行（当前批次状态：${roundStateZh(round.state)}）`,
      },
      [],
      {
        state: round.state,
      },
    );
  }
  if (await repo.findRoundKey(trx, roundId))
    throw new AppError('CONFLICT', {
      en: 'the key ceremony of this round has already been held',
      zh: '本轮次的密钥仪式已举行',
    });
  const n = officialUserIds.length;
  if (new Set(officialUserIds).size !== n || n < 2 || n > 255 || k < 2 || k > n)
    throw new AppError(
      'VALIDATION_FAILED',
      { en: 'need 2 ≤ k ≤ n ≤ 255 distinct officials', zh: '须满足 2 ≤ k ≤ n ≤ 255，且官员互不相同' },
      [{ path: 'k', message: 'out of range', messageZh: '超出范围' }],
    );
  const known = await repo.findOfficialUserIds(trx, officialUserIds);
  const problems: FieldProblem[] = officialUserIds.flatMap((id, i) =>
    known.has(id)
      ? []
      : [
          {
            path: `officialUserIds[${i}]`,
            message: 'not an enabled office official',
            messageZh: '不是已启用的采购办公室官员',
          },
        ],
  );
  if (problems.length > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      problems.map((p) => `${p.path}: ${p.message}`).join('; '),
      problems,
    );

  const pair = generateRoundKeyPair();
  const split = await splitRoundKey(pair.privateKeyDer, n, k);
  pair.privateKeyDer.fill(0); // the private key now exists only as the n shares
  const roundKeyId = createHash('sha256').update(pair.publicKeyDer).digest('hex');
  const shares = officialUserIds.map((userId, i) => ({
    userId,
    shareIndex: i + 1,
    share: split[i] as string,
  }));
  const officials = shares.map((s) => ({
    userId: s.userId,
    shareIndex: s.shareIndex,
    shareHash: sha256Hex(s.share),
  }));
  const { created_at } = await repo.insertRoundKey(trx, {
    roundId,
    publicKey: pair.publicKeyDer,
    roundKeyId,
    k,
    n,
    createdBy: actorUserId,
  });
  await repo.insertOfficials(
    trx,
    shares.map((s, i) => ({
      roundId,
      userId: s.userId,
      shareIndex: s.shareIndex,
      shareHash: (officials[i] as { shareHash: string }).shareHash,
      pending: signer ? sealAtRest(signer, s.share, pendingAad(roundId, s.userId)) : null,
    })),
  );
  await appendAudit(trx, {
    stream: `round:${roundId}`,
    actorUserId,
    action: 'key-ceremony.held',
    subject: `round:${roundId}`,
    payload: { roundKeyId, k, n, officials },
  });
  const publicKey = pair.publicKeyDer.toString('base64');
  return { roundId, roundKeyId, publicKey, k, n, createdAt: created_at, officials, shares };
}

/** The office admin holds the ceremony; the answer never carries a share. */
export async function holdKeyCeremony(deps: AppDeps, actor: Actor, roundId: string, input: KeyCeremonyInput) {
  await deps.db
    .transaction()
    .execute((trx) =>
      runKeyCeremony(trx, roundId, input.officialUserIds, input.k, actor.userId, deps.signer),
    );
  return getKeyCeremony(deps, actor, roundId);
}

/** The round's public key, threshold and officials: bidders compare the key id with their receipts. */
export async function getKeyCeremony(deps: AppDeps, actor: Actor, roundId: string) {
  const round = await repo.findRoundState(deps.db, roundId);
  if (!round || (!round.published && !seesDrafts(actor))) throw notFound('round');
  const key = await repo.findRoundKey(deps.db, roundId);
  if (!key) throw notFound('key ceremony of this round');
  const officials = await repo.listOfficials(deps.db, roundId);
  return {
    roundId,
    publicKey: key.public_key.toString('base64'),
    roundKeyId: key.round_key_id,
    k: key.k,
    n: key.n,
    createdAt: key.created_at.toISOString(),
    officials: officials.map((o) => ({
      userId: o.user_id,
      displayName: o.display_name,
      shareIndex: o.share_index,
      shareHash: o.share_hash,
      fetched: o.fetched,
    })),
  };
}

/** An official fetches its share once; the stored copy is deleted in the same transaction. */
export async function fetchMyShare(deps: AppDeps, actor: Actor, roundId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.lockOfficial(trx, roundId, actor.userId);
    if (!row) throw notFound('your key share for this round');
    if (!row.pending_share) {
      const at = row.fetched_at?.toISOString();
      throw new AppError('CONFLICT', {
        en: `your key share ${at ? `was fetched at ${at}` : 'was handed over at the ceremony'}; it is shown only once`,
        zh: `您的密钥分片${at ? `已于 ${at} 领取` : '已在密钥仪式上交付'}；分片只显示一次`,
      });
    }
    const share = openAtRest(deps.signer, row.pending_share, pendingAad(roundId, actor.userId));
    if (sha256Hex(share) !== row.share_hash) throw new Error('stored key share does not match its hash');
    await repo.markShareFetched(trx, roundId, actor.userId);
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: 'key-share.fetched',
      subject: `round:${roundId}`,
      payload: { shareIndex: row.share_index },
    });
    return {
      roundId,
      roundKeyId: row.round_key_id,
      shareIndex: row.share_index,
      share,
      shareHash: row.share_hash,
      k: row.k,
      n: row.n,
    };
  });
}
