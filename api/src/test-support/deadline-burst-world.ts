import { sql } from 'kysely';
import { createDb } from '../db/database.js';
import { createBidWorld } from './bid-test-world.js';

/**
 * The round of the deadline-burst load scenario (loadtest/burst.mjs): `companies` companies, each
 * registered for every product, key ceremony held, bidding open; then the deadline set `closesIn`
 * seconds from the database's now, on a whole second (the round's calendar shows whole seconds, so a
 * k6 setup reading it over HTTP learns the exact deadline). Prints the plan as one JSON line: round,
 * products, the deadline on the database clock, the office admin's and the companies' bearer tokens.
 *   DATABASE_URL=… node --import tsx src/test-support/deadline-burst-world.ts <companies> <P1,P2,…> <closesIn s>
 * Written straight into the tables (createBidWorld) because the API has no verb that makes a
 * thousand company accounts with tokens; everything the burst itself does goes through HTTP.
 */
const [companies, products, closesIn] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!url || !companies || !products || !closesIn) {
  process.stderr.write(
    'usage: DATABASE_URL=… deadline-burst-world.ts <companies> <P1,P2> <closesInSeconds>\n',
  );
  process.exit(2);
}
const db = createDb(url, 4);
try {
  const world = await createBidWorld(db, {
    companies: Number(companies),
    products: products.split(','),
    closesIn: '1 hour',
  });
  const { rows } = await sql<{ closes_at: string; db_now: string }>`
    update round
       set bidding_closes_at = date_trunc('second', jicai_now()) + ${`${closesIn} seconds`}::interval,
           opening_at = date_trunc('second', jicai_now()) + ${`${closesIn} seconds`}::interval + interval '1 hour'
     where id = ${world.roundId}
    returning to_char(bidding_closes_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as closes_at,
              to_char(jicai_now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as db_now`.execute(db);
  const row = rows[0];
  if (!row) throw new Error(`round ${world.roundId} vanished`);
  const plan = {
    roundId: world.roundId,
    products: [...world.products.keys()],
    closesAt: row.closes_at,
    databaseTimeAtSetup: row.db_now,
    adminToken: world.admin.token,
    companies: world.companies.map((c) => ({ id: c.organisationId, token: c.token })),
  };
  process.stdout.write(`${JSON.stringify(plan)}\n`);
} finally {
  await db.destroy();
}
