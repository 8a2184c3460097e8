import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { FileSealing, TechnicalFileStatus } from './technical-files.table.js';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * What decides whether a company may attach a file now, read once on the round's clock: the round
 * (shared lock: a round decision such as closing bidding waits for this write, as for a bid), its
 * key, the product and the company's own bid for it.
 */
export function readAttachGate(
  trx: Transaction<Database>,
  a: { roundId: string; companyId: string; productCode: string },
) {
  return trx
    .selectFrom('round')
    .leftJoin('round_key', 'round_key.round_id', 'round.id')
    .leftJoin('product', (j) =>
      j.onRef('product.round_id', '=', 'round.id').on('product.code', '=', a.productCode),
    )
    .leftJoin('bid', (j) =>
      j
        .onRef('bid.round_id', '=', 'round.id')
        .onRef('bid.product_id', '=', 'product.id')
        .on('bid.company_id', '=', a.companyId),
    )
    .innerJoin(sql<{ now: Date }>`(select jicai_round_now(${a.roundId}::uuid) as now)`.as('clock'), (j) =>
      j.onTrue(),
    )
    .select([
      'round.state',
      sql<boolean>`round.published_at is not null`.as('published'),
      sql<boolean>`coalesce((round.ruleset_frozen ->> 'dualEnvelope')::boolean, false)`.as('dual'),
      sql<boolean>`coalesce(clock.now < round.bidding_closes_at, false)`.as('before_deadline'),
      'clock.now',
      'round_key.public_key',
      'product.id as product_id',
      'bid.id as bid_id',
      'bid.withdrawn',
    ])
    .where('round.id', '=', a.roundId)
    .forShare('round')
    .executeTakeFirst();
}

export async function countFilesOfBid(trx: Q, bidId: string): Promise<number> {
  const row = await trx
    .selectFrom('technical_file')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('bid_id', '=', bidId)
    .where('status', '=', 'sealed')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function insertUpload(
  trx: Q,
  v: {
    id: string;
    roundId: string;
    bidId: string;
    companyId: string;
    name: string;
    contentType: string;
    size: number;
    sha256: string;
    stagingKey: string;
    now: Date;
    expiresInS: number;
  },
) {
  return trx
    .insertInto('technical_file_upload')
    .values({
      id: v.id,
      round_id: v.roundId,
      bid_id: v.bidId,
      company_id: v.companyId,
      name: v.name,
      content_type: v.contentType,
      size: v.size,
      sha256: v.sha256,
      staging_key: v.stagingKey,
      created_at: v.now,
      expires_at: sql<Date>`${v.now}::timestamptz + make_interval(secs => ${v.expiresInS})`,
    })
    .returning('expires_at')
    .executeTakeFirstOrThrow();
}

/** The company's own upload of this round (the gate's clock decides whether it has expired). */
export function findOwnUpload(db: Q, a: { roundId: string; companyId: string; uploadId: string }) {
  return db
    .selectFrom('technical_file_upload')
    .selectAll()
    .where('id', '=', a.uploadId)
    .where('round_id', '=', a.roundId)
    .where('company_id', '=', a.companyId)
    .executeTakeFirst();
}

export function deleteUpload(trx: Q, uploadId: string) {
  return trx
    .deleteFrom('technical_file_upload')
    .where('id', '=', uploadId)
    .returning('id')
    .executeTakeFirst();
}

export function insertFile(
  trx: Q,
  v: {
    id: string;
    roundId: string;
    bidId: string;
    companyId: string;
    productId: string;
    name: string;
    contentType: string;
    size: number;
    sha256: string;
    sealedKey: string;
    ciphertextSha256: string;
    sealing: FileSealing;
    now: Date;
  },
) {
  return trx
    .insertInto('technical_file')
    .values({
      id: v.id,
      round_id: v.roundId,
      bid_id: v.bidId,
      company_id: v.companyId,
      product_id: v.productId,
      name: v.name,
      content_type: v.contentType,
      size: v.size,
      sha256: v.sha256,
      sealed_key: v.sealedKey,
      ciphertext_sha256: v.ciphertextSha256,
      sealing: JSON.stringify(v.sealing),
      sealed_at: v.now,
      status: 'sealed',
    })
    .returning(['id', 'sealed_at'])
    .executeTakeFirstOrThrow();
}

/** Marks the company's sealed files of a bid discarded (all of them, or the one named). */
export function discardFiles(trx: Q, a: { bidId: string; companyId: string; fileId?: string }) {
  let q = trx
    .updateTable('technical_file')
    .set({ status: 'discarded' })
    .where('bid_id', '=', a.bidId)
    .where('company_id', '=', a.companyId)
    .where('status', '=', 'sealed');
  if (a.fileId) q = q.where('id', '=', a.fileId);
  return q.returning(['id', 'sealed_key', 'sha256']).execute();
}

/** The company's own files of a round, newest first per product (discarded ones left out). */
export function listOwnFiles(db: Q, roundId: string, companyId: string) {
  return db
    .selectFrom('technical_file as f')
    .innerJoin('product', 'product.id', 'f.product_id')
    .select([
      'f.id',
      'product.code as product_code',
      'f.name',
      'f.content_type',
      'f.size',
      'f.sha256',
      'f.sealed_at',
      'f.status',
    ])
    .where('f.round_id', '=', roundId)
    .where('f.company_id', '=', companyId)
    .where('f.status', '!=', 'discarded')
    .orderBy('product.code')
    .orderBy('f.sealed_at')
    .orderBy('f.id')
    .execute();
}

/** The files the technical opening decides on: every file of the round not yet released or discarded. */
export function listFilesToRelease(trx: Q, roundId: string) {
  return trx
    .selectFrom('technical_file as f')
    .innerJoin('bid', 'bid.id', 'f.bid_id')
    .select([
      'f.id',
      'f.company_id',
      'f.product_id',
      'f.name',
      'f.content_type',
      'f.sha256',
      'f.sealed_key',
      'f.sealing',
      'f.status',
      'bid.withdrawn',
    ])
    .where('f.round_id', '=', roundId)
    .where('f.status', 'in', ['sealed', 'discarded'])
    .orderBy('f.id')
    .forUpdate('f')
    .execute();
}

export function recordRelease(
  trx: Q,
  a: {
    fileId: string;
    status: Extract<TechnicalFileStatus, 'released' | 'tampered'>;
    releasedKey: string | null;
    problem: string | null;
    now: Date;
  },
) {
  return trx
    .updateTable('technical_file')
    .set({ status: a.status, released_key: a.releasedKey, problem: a.problem, released_at: a.now })
    .where('id', '=', a.fileId)
    .execute();
}

/** Released and tampered files, for the office once the technical opening has happened. */
export function listOpenedFiles(db: Q, roundId: string) {
  return db
    .selectFrom('technical_file as f')
    .innerJoin('product', 'product.id', 'f.product_id')
    .select([
      'f.id',
      'f.company_id',
      'product.code as product_code',
      'f.name',
      'f.content_type',
      'f.size',
      'f.sha256',
      'f.status',
      'f.problem',
      'f.released_key',
      'f.released_at',
    ])
    .where('f.round_id', '=', roundId)
    .where('f.status', 'in', ['released', 'tampered'])
    .orderBy('product.code')
    .orderBy('f.company_id')
    .orderBy('f.sealed_at')
    .orderBy('f.id')
    .execute();
}

/** The round's unconfirmed uploads, gone at the technical opening (their staged bytes with them). */
export function deleteUploadsOfRound(trx: Q, roundId: string) {
  return trx
    .deleteFrom('technical_file_upload')
    .where('round_id', '=', roundId)
    .returning('staging_key')
    .execute();
}
