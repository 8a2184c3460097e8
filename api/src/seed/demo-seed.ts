import { sql } from 'kysely';
import { runKeyCeremony } from '../opening/key-ceremony.service.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import { hashPassword } from '../auth/secrets.js';
import type { Db } from '../db/database.js';
import { readDbNow } from '../db/db-clock.js';
import { applyRoundEvents } from '../rounds/round-events.service.js';
import { insertDemoAccounts } from './demo-accounts.js';
import { BIDDING_PRODUCTS, DEMAND_PRODUCTS } from './demo-catalogue.js';
import { insertDemandReports, lockedDemand, openDemand } from './demo-demand.js';
import { EXECUTION_ROUND, seedExecutionRound } from './demo-execution.js';
import { biddingRegistrations, insertRegistrations } from './demo-registrations.js';
import { demoTimes, insertPublishedRound } from './demo-rounds.js';

export const DEMO_LOGINS = {
  password: 'jicai-demo-2026',
  users: [
    ['office-admin', 'office.admin'],
    ['office-official', 'office.official1'],
    ['office-official', 'office.official2'],
    ['office-official', 'office.official3'],
    ['auditor', 'auditor'],
    ['region-bureau-user BJ', 'bureau.bj'],
    ['hospital-user BJ', 'hospital.bj1'],
    ['hospital-user SH', 'hospital.sh1'],
    ['company-user', 'company.c01'],
    ['company-user', 'company.c02'],
    ['company-user', 'company.c03'],
    ['company-user', 'company.c04'],
    ['company-user', 'company.c05'],
  ] as [string, string][],
};

/** The round codes of the demo, for tests and docs. */
export const DEMO_ROUNDS = {
  demand: 'NVBP11-DEMO',
  bidding: 'NVBP7-DEMO',
  execution: EXECUTION_ROUND.code,
} as const;

/** Serialises concurrent first starts on one database: the second waits, then finds the data. */
const SEED_LOCK = 0x6a6963616900;

async function hasOrganisations(db: Db): Promise<boolean> {
  const row = await db.selectFrom('organisation').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * The demo alliance, created once in one transaction: 32 regions, ~300 hospitals, ~30 companies with
 * their facts, and three rounds placed on the database clock so that the scheduler leaves them where
 * they are: one in demand reporting, one in bidding (demand locked and approved, products registered),
 * and, given the platform key, one in execution (NVBP5-DEMO: agreements signed, months of purchases).
 * A second start finds organisations and leaves the data alone.
 */
export async function seedDemoIfEmpty(db: Db, signer?: PlatformSigner): Promise<void> {
  if (await hasOrganisations(db)) return;
  const passwordHash = await hashPassword(DEMO_LOGINS.password);
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    if (await hasOrganisations(trx)) return;

    const now = await readDbNow(trx);
    const at = demoTimes(now);
    const accounts = await insertDemoAccounts(trx, passwordHash);
    const admin = accounts.officeAdminId;

    // In bidding: demand reported weeks ago and locked; bidding opened yesterday, closes in a week
    // and the bids are opened half an hour after the deadline.
    const bidding = await insertPublishedRound(trx, accounts, {
      code: DEMO_ROUNDS.bidding,
      name: '第七批国家组织药品集采（演示）',
      ruleset: 'nvbp-7',
      products: BIDDING_PRODUCTS,
      createdAt: at(-45, '10:00'),
      publishedAt: at(-40, '10:00'),
      calendar: {
        demandOpensAt: at(-35, '09:00'),
        demandClosesAt: at(-15, '17:00'),
        biddingOpensAt: at(-1, '09:00'),
        biddingClosesAt: at(7, '10:00'),
        openingAt: at(7, '10:30'),
        objectionWorkingDays: 3,
      },
    });
    await insertDemandReports(trx, lockedDemand(bidding, accounts));
    await insertRegistrations(
      trx,
      bidding.id,
      biddingRegistrations(bidding, accounts.companies),
      at(-12, '09:00'),
    );
    await applyRoundEvents(trx, bidding.id, [{ type: 'demand-opened' }, { type: 'demand-closed' }], null);
    await applyRoundEvents(trx, bidding.id, [{ type: 'demand-locked' }], admin);
    // the opening key: 2 of the 3 demo officials open the bids; each fetches its share once (my-share)
    await runKeyCeremony(trx, bidding.id, accounts.officialIds, 2, admin, signer);
    await applyRoundEvents(trx, bidding.id, [{ type: 'bidding-opened' }], null);

    // In demand reporting: the window opened yesterday and closes in two weeks; bidding follows.
    const demand = await insertPublishedRound(trx, accounts, {
      code: DEMO_ROUNDS.demand,
      name: '第十一批国家组织药品集采（演示）',
      ruleset: 'nvbp-11',
      products: DEMAND_PRODUCTS,
      createdAt: at(-5, '10:00'),
      publishedAt: at(-3, '10:00'),
      calendar: {
        demandOpensAt: at(-1, '09:00'),
        demandClosesAt: at(14, '17:00'),
        biddingOpensAt: at(21, '09:00'),
        biddingClosesAt: at(28, '10:00'),
        openingAt: at(28, '10:30'),
        objectionWorkingDays: 3,
      },
    });
    await applyRoundEvents(trx, demand.id, [{ type: 'demand-opened' }], null);
    await insertDemandReports(trx, openDemand(demand, accounts, now));

    // In execution: awarded months ago, agreements signed, months of purchases (needs the platform key)
    if (signer) await seedExecutionRound(trx, accounts, now, signer);
  });
}
