import {
  findBuiltInRuleset,
  formatShanghai,
  invariant,
  shanghaiDate,
  shanghaiInstant,
  type RoundCalendar,
} from '@jicai/domain';
import { sql, type Transaction } from 'kysely';
import { appendAudit } from '../audit/audit.repository.js';
import type { Database } from '../db/database.js';
import { applyRoundEvents } from '../rounds/round-events.service.js';
import * as rounds from '../rounds/rounds.repository.js';
import type { SeededAccounts } from './demo-accounts.js';
import { DEMO_REGIONS } from './demo-alliance.js';
import type { DemoProduct } from './demo-catalogue.js';
import { roundStream } from '../audit/audit-actions.js';

type Trx = Transaction<Database>;

const DAY_MS = 86_400_000;

/** Shanghai wall-clock times `days` from the seeding day: the demo's calendar moves with the clock. */
export function demoTimes(now: Date) {
  return (days: number, time: string): Date =>
    shanghaiInstant(shanghaiDate(new Date(now.getTime() + days * DAY_MS)), time);
}

export interface SeededProduct {
  readonly id: string;
  readonly demo: DemoProduct;
  /** spec ids by spec code */
  readonly specIds: ReadonlyMap<string, string>;
}

export interface SeededRound {
  readonly id: string;
  readonly calendar: RoundCalendar;
  readonly products: readonly SeededProduct[];
}

export interface DemoRoundPlan {
  readonly code: string;
  readonly name: string;
  readonly ruleset: string;
  readonly products: readonly DemoProduct[];
  readonly calendar: RoundCalendar;
  readonly createdAt: Date;
  readonly publishedAt: Date;
  /** the round's regions; all of the alliance's when absent */
  readonly regionCodes?: readonly string[];
}

const stream = roundStream;

/**
 * A published round of the whole alliance, written as the office would have made it: created with
 * its catalogue and calendar, ruleset frozen, then published. Each step is audited on the round's
 * stream (stamped with the seeding moment: the audit never pretends to be older than it is).
 */
export async function insertPublishedRound(
  trx: Trx,
  accounts: SeededAccounts,
  plan: DemoRoundPlan,
): Promise<SeededRound> {
  const actor = accounts.officeAdminId;
  const ruleset = findBuiltInRuleset(plan.ruleset);
  invariant(ruleset, `no built-in ruleset ${plan.ruleset}`);
  const inserted = await rounds.insertRound(trx, {
    code: plan.code,
    name: plan.name,
    ruleset: plan.ruleset,
    createdBy: actor,
  });
  invariant(inserted, `round code ${plan.code} already used`);
  const id = inserted.id;
  const regionCodes = plan.regionCodes ? [...plan.regionCodes] : DEMO_REGIONS.map((r) => r.code);
  await rounds.insertRoundRegions(trx, id, regionCodes);
  await appendAudit(trx, {
    stream: stream(id),
    actorUserId: actor,
    action: 'round.created',
    subject: stream(id),
    payload: { code: plan.code, name: plan.name, regionCodes, ruleset: plan.ruleset, demoSeed: true },
  });

  const products = await insertCatalogue(trx, id, plan.products);
  for (const { yearlyUnits: _demandHint, ...product } of plan.products) {
    await appendAudit(trx, {
      stream: stream(id),
      actorUserId: actor,
      action: 'product.added',
      subject: `product:${product.code}`,
      payload: product,
    });
  }

  await rounds.setRoundCalendar(trx, id, plan.calendar);
  await appendAudit(trx, {
    stream: stream(id),
    actorUserId: actor,
    action: 'round.calendar-set',
    subject: stream(id),
    payload: Object.fromEntries(
      Object.entries(plan.calendar).map(([k, v]) => [k, v instanceof Date ? formatShanghai(v) : v]),
    ),
  });
  await rounds.updateRound(trx, id, {
    ruleset_frozen: JSON.stringify(ruleset),
    published_at: plan.publishedAt,
  });
  await appendAudit(trx, {
    stream: stream(id),
    actorUserId: actor,
    action: 'round.ruleset-frozen',
    subject: stream(id),
    payload: { choice: plan.ruleset, ruleset },
  });
  // the demo's history: made weeks ago, even though the rows are written now
  await sql`update round set created_at = ${plan.createdAt} where id = ${id}`.execute(trx);
  await sql`update product set created_at = ${plan.createdAt} where round_id = ${id}`.execute(trx);
  await applyRoundEvents(trx, id, [{ type: 'round-published' }], actor);
  return { id, calendar: plan.calendar, products };
}

async function insertCatalogue(
  trx: Trx,
  roundId: string,
  products: readonly DemoProduct[],
): Promise<SeededProduct[]> {
  const rows = await trx
    .insertInto('product')
    .values(
      products.map((p) => ({
        round_id: roundId,
        code: p.code,
        name: p.name,
        form: p.form,
        volume_class: p.volumeClass,
        strength_unit: p.strengthUnit,
        national_drug_code: p.nationalDrugCode,
        representative_spec_code: p.representativeSpecCode,
        groups: [],
      })),
    )
    .returning(['id', 'code'])
    .execute();
  const productIds = new Map(rows.map((r) => [r.code, r.id]));
  const specs = await trx
    .insertInto('spec')
    .values(
      products.flatMap((p) =>
        p.specs.map((s) => ({
          product_id: productIds.get(p.code) as string,
          code: s.code,
          strength: s.strength,
          unit_count: s.unitsPerPack,
          volume_ml: s.volumeMl,
          ceiling: s.ceiling,
        })),
      ),
    )
    .returning(['id', 'product_id', 'code'])
    .execute();
  return products.map((demo) => {
    const id = productIds.get(demo.code) as string;
    const specIds = new Map(specs.filter((s) => s.product_id === id).map((s) => [s.code, s.id]));
    return { id, demo, specIds };
  });
}
