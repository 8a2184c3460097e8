import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { keysetPage, type Page, type SortKey } from '../http/list.js';
import { UTC_MICROS_FORMAT } from '../db/sql-conventions.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** A product of the round, by id. */
export function findRoundProduct(db: Q, roundId: string, productId: string) {
  return db
    .selectFrom('product')
    .select(['id', 'code', 'name'])
    .where('round_id', '=', roundId)
    .where('id', '=', productId)
    .executeTakeFirst();
}

/** The region picks (primary and backup) of one product entry in the given regions. */
export function listRegionPicks(db: Q, roundId: string, productId: string, groupKey: string | null) {
  return db
    .selectFrom('region_pick')
    .select(['region_code', 'company_id', 'kind'])
    .where('round_id', '=', roundId)
    .where('product_id', '=', productId)
    .where(sql<boolean>`group_key is not distinct from ${groupKey}`)
    .orderBy('region_code')
    .orderBy('kind')
    .execute();
}

/**
 * The failed company's running lines of the entry with hospitals of the regions, locked: with what each
 * hospital already bought under it (not cancelled), the units the backup carries from.
 */
export function lockFailedLines(
  trx: Trx,
  roundId: string,
  productId: string,
  groupKey: string | null,
  companyId: string,
  regionCodes: readonly string[],
) {
  return trx
    .selectFrom('agreement_line as l')
    .innerJoin('agreement as a', 'a.id', 'l.agreement_id')
    .innerJoin('organisation as h', 'h.id', 'a.hospital_id')
    .select([
      'l.agreement_id',
      'a.hospital_id',
      'h.region_code',
      'l.agreed_volume',
      'l.cycle_start',
      'l.cycle_end',
      (eb) =>
        eb
          .selectFrom('purchase as p')
          .select(sql<string>`coalesce(sum(p.units), 0)::text`.as('u'))
          .whereRef('p.agreement_id', '=', 'l.agreement_id')
          .whereRef('p.product_id', '=', 'l.product_id')
          .where('p.status', '<>', 'cancelled')
          .as('purchased_units'),
    ])
    .where('a.round_id', '=', roundId)
    .where('a.company_id', '=', companyId)
    .where('l.product_id', '=', productId)
    .where(sql<boolean>`l.group_key is not distinct from ${groupKey}`)
    .where('l.ended_on', 'is', null)
    .where('h.region_code', 'in', [...regionCodes])
    .orderBy('h.region_code')
    .orderBy('a.hospital_id')
    .forUpdate('l')
    .execute();
}
export type FailedLine = Awaited<ReturnType<typeof lockFailedLines>>[number];

/** Ends the lines the backup takes over on the day it takes effect (no longer in force from that day). */
export async function endLines(
  trx: Trx,
  agreementIds: readonly string[],
  productId: string,
  groupKey: string | null,
  endedOn: string,
) {
  if (agreementIds.length === 0) return;
  await trx
    .updateTable('agreement_line')
    .set({ ended_on: endedOn, end_reason: 'passed-to-backup' })
    .where('agreement_id', 'in', [...agreementIds])
    .where('product_id', '=', productId)
    .where(sql<boolean>`group_key is not distinct from ${groupKey}`)
    .execute();
}

export interface ActivationValues {
  readonly roundId: string;
  readonly productId: string;
  readonly groupKey: string | null;
  readonly failedCompanyId: string;
  readonly regionCodes: readonly string[];
  readonly reason: string;
  readonly effectiveOn: string;
  readonly violationListed: boolean;
  readonly violationUntil: string | null;
  readonly decision: unknown;
  readonly activatedBy: string;
}

export function insertActivation(trx: Trx, v: ActivationValues) {
  return trx
    .insertInto('backup_activation')
    .values({
      round_id: v.roundId,
      product_id: v.productId,
      group_key: v.groupKey,
      failed_company_id: v.failedCompanyId,
      region_codes: [...v.regionCodes],
      reason: v.reason,
      effective_on: v.effectiveOn,
      violation_listed: v.violationListed,
      violation_until: v.violationUntil,
      decision: JSON.stringify(v.decision),
      activated_by: v.activatedBy,
    })
    .returning(['id', 'activated_at'])
    .executeTakeFirstOrThrow();
}

export interface BackupLineValues {
  readonly hospitalId: string;
  readonly companyId: string;
  readonly productId: string;
  readonly groupKey: string | null;
  readonly specCode: string;
  readonly unitsPerPack: number;
  readonly packPrice: string;
  readonly agreedVolume: string;
  readonly cycleStart: string;
  readonly cycleEnd: string;
}

/** A new agreement (with its one line) between a hospital and the backup, made by the activation. */
export async function insertBackupAgreement(
  trx: Trx,
  roundId: string,
  activationId: string,
  v: BackupLineValues,
) {
  const { id } = await trx
    .insertInto('agreement')
    .values({
      round_id: roundId,
      hospital_id: v.hospitalId,
      company_id: v.companyId,
      activation_id: activationId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('agreement_line')
    .values({
      agreement_id: id,
      product_id: v.productId,
      group_key: v.groupKey,
      spec_code: v.specCode,
      units_per_pack: v.unitsPerPack,
      pack_price: v.packPrice,
      agreed_volume: v.agreedVolume,
      supply: 'backup',
      cycle_start: v.cycleStart,
      cycle_end: v.cycleEnd,
      ended_on: null,
      end_reason: null,
    })
    .execute();
  return id;
}

/** The agreement job runs again, so the platform issues the new agreements' PDFs. */
export async function reopenAgreementJob(trx: Trx, roundId: string) {
  await trx
    .updateTable('agreement_job')
    .set((eb) => ({
      state: 'running',
      finished_at: null,
      // the job's total counts the agreements it issues: the new ones too (unless it has not made any yet)
      total: sql<number | null>`case when ${eb.ref('total')} is null then null
        else (select count(*)::int from agreement where round_id = ${roundId}::uuid) end`,
    }))
    .where('round_id', '=', roundId)
    .execute();
}

/** Today in Beijing on the round's clock (a rehearsal clock where it has one). */
export async function readRoundToday(db: Q, roundId: string): Promise<string> {
  const { rows } = await sql<{ today: string }>`
    select to_char(jicai_round_now(${roundId}::uuid) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as today`.execute(
    db,
  );
  return rows[0]?.today ?? '';
}

function activations(db: Q, roundId: string) {
  return db
    .selectFrom('backup_activation as b')
    .innerJoin('product as p', 'p.id', 'b.product_id')
    .innerJoin('organisation as c', 'c.id', 'b.failed_company_id')
    .select([
      'b.id',
      'b.round_id',
      'b.product_id',
      'p.code as product_code',
      'p.name as product_name',
      'b.group_key',
      'b.failed_company_id',
      'c.name as failed_company_name',
      'b.region_codes',
      'b.reason',
      'b.effective_on',
      'b.violation_listed',
      'b.violation_until',
      'b.decision',
      'b.activated_at',
      sql<string>`to_char(b.activated_at at time zone 'UTC', ${sql.lit(UTC_MICROS_FORMAT)})`.as('at_key'),
    ])
    .where('b.round_id', '=', roundId);
}
export type ActivationRow = Awaited<ReturnType<ReturnType<typeof activations>['execute']>>[number];

/** The round's activations, newest first. */
export function pageActivations(db: Q, roundId: string, page: Page) {
  const keys: SortKey<ActivationRow>[] = [
    {
      sql: sql`to_char(b.activated_at at time zone 'UTC', ${sql.lit(UTC_MICROS_FORMAT)})`,
      of: (r) => r.at_key,
      desc: true,
    },
    { sql: sql`b.id::text`, of: (r) => r.id, desc: true },
  ];
  return keysetPage(activations(db, roundId), keys, page);
}

export function findActivation(db: Q, roundId: string, id: string) {
  return activations(db, roundId).where('b.id', '=', id).executeTakeFirst();
}

/** Every region of every entry of the round with its primary and backup supplier (names too), for the office. */
export function listRoundRegionSuppliers(db: Q, roundId: string) {
  return db
    .selectFrom('region_pick as r')
    .innerJoin('product as p', 'p.id', 'r.product_id')
    .innerJoin('organisation as c', 'c.id', 'r.company_id')
    .innerJoin('region as g', 'g.code', 'r.region_code')
    .select([
      'g.name as region_name',
      'r.product_id',
      'p.code as product_code',
      'r.group_key',
      'r.region_code',
      'r.kind',
      'r.company_id',
      'c.name as company_name',
    ])
    .where('r.round_id', '=', roundId)
    .orderBy(sql`p.code collate "C"`)
    .orderBy(sql`coalesce(r.group_key, '') collate "C"`)
    .orderBy('r.region_code')
    .execute();
}

export async function saveDecision(trx: Trx, id: string, decision: unknown) {
  await trx
    .updateTable('backup_activation')
    .set({ decision: JSON.stringify(decision) })
    .where('id', '=', id)
    .execute();
}

/** Each company's price of the entry on its award agreements of the round (its awarded price), one row per company. */
export function listAgreedPrices(db: Q, roundId: string, productId: string, groupKey: string | null) {
  return db
    .selectFrom('agreement_line as l')
    .innerJoin('agreement as a', 'a.id', 'l.agreement_id')
    .distinctOn('a.company_id')
    .select(['a.company_id', 'l.spec_code', 'l.units_per_pack', 'l.pack_price'])
    .where('a.round_id', '=', roundId)
    .where('a.activation_id', 'is', null)
    .where('l.product_id', '=', productId)
    .where(sql<boolean>`l.group_key is not distinct from ${groupKey}`)
    .orderBy('a.company_id')
    .orderBy('l.agreement_id')
    .execute();
}
