import { sql, type RawBuilder } from 'kysely';

/**
 * "Today" for execution rules: the round's clock (a rehearsal clock where the office set one, else
 * the database's) as a Beijing date — never the API process's clock.
 */
export const roundToday = (roundRef: RawBuilder<unknown> | string): RawBuilder<string> =>
  typeof roundRef === 'string'
    ? sql<string>`(jicai_round_now(${roundRef}::uuid) at time zone 'Asia/Shanghai')::date`
    : sql<string>`(jicai_round_now(${roundRef}) at time zone 'Asia/Shanghai')::date`;

/**
 * Why an agreement line (`l`, of agreement `a`) is not active today, or 'active': both sides signed,
 * today within the line's cycle, the line not ended (passed to a backup). The decision is the
 * domain's `isLineActive` (agreement-status.ts, `lineIsActive`); this says which condition failed.
 */
export const lineActivity = sql<'active' | 'unsigned' | 'before-cycle' | 'after-cycle' | 'ended'>`case
  when a.hospital_signed_at is null or a.company_signed_at is null then 'unsigned'
  when ${roundToday(sql.ref('a.round_id'))} < l.cycle_start then 'before-cycle'
  when ${roundToday(sql.ref('a.round_id'))} > l.cycle_end then 'after-cycle'
  when l.ended_on is not null and l.ended_on <= ${roundToday(sql.ref('a.round_id'))} then 'ended'
  else 'active' end`;

/** Units of the line's non-cancelled orders and imported lines: what over-agreed marking counts. */
export const usedUnits = sql<string>`coalesce((select sum(p.units) from purchase p
  where p.agreement_id = l.agreement_id and p.product_id = l.product_id and p.status <> 'cancelled'), 0)::text`;

/** Packs of an order (`p`) its deliveries count: all they carried, or after acceptance what was accepted. */
export const deliveredPacks = sql<number>`coalesce((select sum(coalesce(d.accepted_packs, d.packs)) from delivery d
  where d.purchase_id = p.id), 0)::int`;
