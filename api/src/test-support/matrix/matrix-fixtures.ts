import type { Actor, OrganisationKind, Role } from '../../auth/roles.js';
import type { Db } from '../../db/database.js';
import type { TestContext } from '../test-context.js';
import { testApi } from '../api-client.js';
import type { TenantOrg } from './matrix-types.js';

/** Rows of the matrix world's base: users, facts, registrations, the draft, demand reports. */

export const actorOf = (
  who: { organisationId: string; userId: string; login: string },
  kind: OrganisationKind,
  roles: Role[],
  regionCode: string | null = null,
): Actor => ({ ...who, organisationKind: kind, regionCode, roles });

/** Another user in an existing organisation, with the same password as its first user. */
export async function addUser(db: Db, organisationId: string, login: string, roles: Role[]) {
  const { password_hash } = await db
    .selectFrom('app_user')
    .select('password_hash')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const user = await db
    .insertInto('app_user')
    .values({ organisation_id: organisationId, login, display_name: login, password_hash, roles })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { organisationId, userId: user.id, login };
}

/** An API token of the user (its secret is never used: the matrix signs in by cookie). */
export async function insertToken(db: Db, userId: string): Promise<string> {
  const row = await db
    .insertInto('api_token')
    .values({
      token_hash: `mx-unused-${userId}`,
      user_id: userId,
      name: 'matrix',
      expires_at: new Date('2100-01-01T00:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertFacts(db: Db, companyId: string, updatedBy: string, salesVolume: number) {
  await db
    .insertInto('company_fact')
    .values({
      company_id: companyId,
      credit_rank: 0,
      regions_supplied_last_year: 2,
      sales_volume: salesVolume,
      affiliate_group: null,
      on_violation_list: false,
      violation_until: null,
      quality_failure_on: null,
      updated_by: updatedBy,
    })
    .execute();
}

export async function insertRegistration(
  db: Db,
  round: { roundId: string; productId: string; specId: string },
  company: { organisationId: string; userId: string },
  approvalNumber: string,
) {
  const row = await db
    .insertInto('company_product')
    .values({
      round_id: round.roundId,
      product_id: round.productId,
      spec_id: round.specId,
      company_id: company.organisationId,
      approval_number: approvalNumber,
      approval_date: '2020-01-01',
      originator: false,
      reference: false,
      consistency_passed_on: null,
      annual_capacity: null,
      market_volume: null,
      created_by: company.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertDraftRound(db: Db, createdBy: string) {
  const draft = { code: 'MX-DRAFT-ROUND', name: '草稿 matrix draft round' };
  const row = await db
    .insertInto('round')
    .values({ ...draft, ruleset: JSON.stringify('nvbp-7'), created_by: createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('round_region').values({ round_id: row.id, region_code: 'BJ' }).execute();
  return { id: row.id, ...draft };
}

export async function reportDemand(t: TestContext, cookie: string, roundId: string): Promise<string> {
  const params = { path: { roundId, productCode: 'P1' } };
  const { data, error, response } = await testApi(t, { cookie }).PUT(
    '/rounds/{roundId}/demand/{productCode}',
    {
      params,
      body: { quantity: 100 },
    },
  );
  if (response.status !== 201 || !data)
    throw new Error(`demand report answered ${response.status}: ${JSON.stringify(error)}`);
  return data.id;
}

/**
 * Every organisation but the office as a tenant, with every string that identifies it or its data:
 * id, name, USCC, its users' ids and logins, and what `owned` lists for it.
 */
export async function listTenants(db: Db, owned: Readonly<Record<string, readonly string[]>>) {
  const orgs = await db
    .selectFrom('organisation')
    .select(['id', 'kind', 'name', 'uscc', 'region_code'])
    .execute();
  const users = await db.selectFrom('app_user').select(['id', 'login', 'organisation_id']).execute();
  const tenants: TenantOrg[] = orgs
    .filter((o) => o.kind !== 'office')
    .map((o) => ({
      id: o.id,
      kind: o.kind,
      region: o.region_code,
      name: o.name,
      secrets: [
        o.id,
        o.name,
        ...(o.uscc ? [o.uscc] : []),
        ...users.filter((u) => u.organisation_id === o.id).flatMap((u) => [u.id, u.login]),
        ...(owned[o.id] ?? []),
      ],
    }));
  return { tenants, orgKinds: Object.fromEntries(orgs.map((o) => [o.id, o.kind])) };
}
