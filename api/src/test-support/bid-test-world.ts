import { randomBytes } from 'node:crypto';
import { findBuiltInRuleset, usccCheckCharacter } from '@jicai/domain';
import { sql } from 'kysely';
import type { Role } from '../auth/roles.js';
import { newSecret, secretHash } from '../auth/secrets.js';
import type { Db } from '../db/database.js';
import { sweepDueRounds } from '../scheduler/round-scheduler.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import { runKeyCeremony, type KeyCeremonyResult } from '../opening/key-ceremony.service.js';

/**
 * A round in bidding, written straight into the tables for the bids tests, the kill test and the
 * benchmark (the rounds, companies and demand APIs are other features'): users with bearer tokens,
 * one product per code with specs S1 and S2, every company registered for S1 of every product,
 * the key ceremony held, then bidding opened with the deadline `closesIn` from the database's now.
 */
export interface BidWorldOptions {
  readonly companies: number;
  readonly products: readonly string[];
  /** a PostgreSQL interval: '1 hour', '800 milliseconds' */
  readonly closesIn?: string;
  readonly officials?: number;
  readonly k?: number;
  readonly dualEnvelope?: boolean;
  /** passed to the ceremony: shares are then also kept for GET …/my-share */
  readonly signer?: PlatformSigner;
  /** hold the ceremony and open bidding (default true); false leaves the round demand-locked */
  readonly openBidding?: boolean;
}

export interface WorldUser {
  readonly userId: string;
  readonly organisationId: string;
  readonly login: string;
  readonly token: string;
}

export interface BidWorld {
  readonly roundId: string;
  readonly products: ReadonlyMap<string, string>;
  readonly admin: WorldUser;
  readonly auditor: WorldUser;
  readonly officials: readonly WorldUser[];
  readonly companies: readonly WorldUser[];
  readonly ceremony: KeyCeremonyResult | null;
}

let counter = 0;
const tag = () => `${process.pid.toString(36)}${(counter++).toString(36)}${randomBytes(2).toString('hex')}`;

function makeUscc(): string {
  const body = `9111${String(Math.floor(Math.random() * 1e13)).padStart(13, '0')}`;
  return body + usccCheckCharacter(body);
}

/** An organisation with one user holding `roles` and a bearer token (no password: it cannot sign in). */
export async function createTokenUser(
  db: Db,
  kind: 'office' | 'company',
  roles: Role[],
  login: string,
  organisationId?: string,
): Promise<WorldUser> {
  const org =
    organisationId ??
    (
      await db
        .insertInto('organisation')
        .values({
          kind,
          name: `${kind} ${login}`,
          uscc: kind === 'company' ? makeUscc() : null,
          region_code: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const user = await db
    .insertInto('app_user')
    .values({ organisation_id: org, login, display_name: login, password_hash: '!', roles })
    .returning('id')
    .executeTakeFirstOrThrow();
  const token = newSecret('jct_');
  await db
    .insertInto('api_token')
    .values({
      token_hash: secretHash(token),
      user_id: user.id,
      name: 'tests',
      // outlives any rehearsal clock a test sets
      expires_at: new Date('2100-01-01T00:00:00Z'),
    })
    .execute();
  return { userId: user.id, organisationId: org, login, token };
}

export async function createBidWorld(db: Db, o: BidWorldOptions): Promise<BidWorld> {
  const t = tag();
  const admin = await createTokenUser(db, 'office', ['office-admin'], `admin-${t}`);
  const office = admin.organisationId;
  const auditor = await createTokenUser(db, 'office', ['auditor'], `auditor-${t}`, office);
  const officials: WorldUser[] = [];
  for (let i = 0; i < (o.officials ?? 3); i++)
    officials.push(await createTokenUser(db, 'office', ['office-official'], `official-${t}-${i}`, office));
  const companies: WorldUser[] = [];
  for (let i = 0; i < o.companies; i++)
    companies.push(await createTokenUser(db, 'company', ['company-user'], `company-${t}-${i}`));
  await db
    .insertInto('region')
    .values({ code: 'BJ', name: '北京市' })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const base = findBuiltInRuleset('nvbp-7');
  if (!base) throw new Error('nvbp-7 missing');
  const ruleset = { ...base, dualEnvelope: o.dualEnvelope ?? false };
  const choice = o.dualEnvelope ? { extends: 'nvbp-7', dualEnvelope: true } : 'nvbp-7';

  const { roundId, products } = await db.transaction().execute(async (trx) => {
    const round = await trx
      .insertInto('round')
      .values({
        code: `BIDS-${t.toUpperCase()}`,
        name: `bids ${t}`,
        ruleset: JSON.stringify(choice),
        created_by: admin.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('round')
      .set({
        state: 'demand-locked',
        ruleset_frozen: JSON.stringify(ruleset),
        published_at: sql<Date>`jicai_now() - interval '10 days'`,
        demand_opens_at: sql<Date>`jicai_now() - interval '9 days'`,
        demand_closes_at: sql<Date>`jicai_now() - interval '5 days'`,
        bidding_opens_at: sql<Date>`jicai_now() - interval '1 hour'`,
        bidding_closes_at: sql<Date>`jicai_now() + ${o.closesIn ?? '1 day'}::interval`,
        opening_at: sql<Date>`jicai_now() + ${o.closesIn ?? '1 day'}::interval + interval '1 hour'`,
        objection_working_days: 3,
      })
      .where('id', '=', round.id)
      .execute();
    await trx.insertInto('round_region').values({ round_id: round.id, region_code: 'BJ' }).execute();
    const products = new Map<string, string>();
    for (const code of o.products) {
      const product = await trx
        .insertInto('product')
        .values({
          round_id: round.id,
          code,
          name: `药品 ${code}`,
          form: 'oral-solid',
          volume_class: 'general',
          strength_unit: 'mg',
          representative_spec_code: 'S1',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const specs = await trx
        .insertInto('spec')
        .values(
          ['S1', 'S2'].map((s, i) => ({
            product_id: product.id,
            code: s,
            strength: String(10 * (i + 1)),
            unit_count: 14,
            ceiling: '2.0000',
          })),
        )
        .returning(['id', 'code'])
        .execute();
      const s1 = specs.find((s) => s.code === 'S1')?.id as string;
      for (let i = 0; i < companies.length; i += 200) {
        await trx
          .insertInto('company_product')
          .values(
            companies.slice(i, i + 200).map((c) => ({
              round_id: round.id,
              product_id: product.id,
              spec_id: s1,
              company_id: c.organisationId,
              approval_number: '国药准字H20051234',
              approval_date: '2015-01-01',
              originator: false,
              reference: false,
              consistency_passed_on: '2020-01-01',
              created_by: c.userId,
            })),
          )
          .execute();
      }
      products.set(code, product.id);
    }
    return { roundId: round.id, products };
  });

  let ceremony: KeyCeremonyResult | null = null;
  if (o.openBidding ?? true) {
    const ids = officials.map((u) => u.userId);
    ceremony = await db
      .transaction()
      .execute((trx) => runKeyCeremony(trx, roundId, ids, o.k ?? 2, admin.userId, o.signer));
    await db.updateTable('round').set({ state: 'bidding-open' }).where('id', '=', roundId).execute();
  }
  return { roundId, products, admin, auditor, officials, companies, ceremony };
}

/** Brings the deadline to now and lets the scheduler close bidding, as it would at the deadline. */
export async function closeBidding(db: Db, roundId: string): Promise<void> {
  await db
    .updateTable('round')
    .set({ bidding_closes_at: sql<Date>`least(bidding_closes_at, jicai_now())` })
    .where('id', '=', roundId)
    .execute();
  await sweepDueRounds(db);
}
