import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/audit.repository.js';
import type { Role } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { DEMO_REGIONS, demoCompanies, demoHospitals, type DemoCompany } from './demo-alliance.js';

type Trx = Transaction<Database>;

export interface SeededHospital {
  readonly id: string;
  readonly regionCode: string;
  readonly n: number;
  readonly tertiary: boolean;
}

export interface SeededCompany extends DemoCompany {
  readonly id: string;
  readonly userId: string;
}

export interface SeededAccounts {
  readonly officeAdminId: string;
  /** office.official1–3: the opening-key custodians */
  readonly officialIds: readonly string[];
  /** the region bureau's reviewer, by region code */
  readonly reviewerIds: ReadonlyMap<string, string>;
  readonly hospitals: readonly SeededHospital[];
  readonly companies: readonly SeededCompany[];
}

interface NewUser {
  readonly organisationId: string;
  readonly login: string;
  readonly displayName: string;
  readonly roles: Role[];
}

const lower = (code: string) => code.toLowerCase();
const companyLogin = (n: number) => `company.c${String(n).padStart(2, '0')}`;

/** Inserts users sharing one password hash; their ids by login. */
async function insertUsers(trx: Trx, passwordHash: string, users: readonly NewUser[]) {
  const rows = await trx
    .insertInto('app_user')
    .values(
      users.map((u) => ({
        organisation_id: u.organisationId,
        login: u.login,
        display_name: u.displayName,
        password_hash: passwordHash,
        roles: u.roles,
      })),
    )
    .returning(['id', 'login'])
    .execute();
  return new Map(rows.map((r) => [r.login, r.id]));
}

/** Organisations of one kind; their ids by USCC (or by name when they carry none). */
async function insertOrganisations(
  trx: Trx,
  rows: readonly {
    kind: 'office' | 'region-bureau' | 'hospital' | 'company';
    name: string;
    uscc: string | null;
    region_code: string | null;
  }[],
) {
  const inserted = await trx
    .insertInto('organisation')
    .values([...rows])
    .returning(['id', 'uscc', 'name'])
    .execute();
  return new Map(inserted.map((r) => [r.uscc ?? r.name, r.id]));
}

/**
 * The alliance's people: the procurement office (admin, three opening-key custodians, an auditor),
 * one medical-insurance bureau per region with its reviewer, every hospital with one user, every
 * company with one bidder and the facts the rules read.
 */
export async function insertDemoAccounts(trx: Trx, passwordHash: string): Promise<SeededAccounts> {
  await trx
    .insertInto('region')
    .values(DEMO_REGIONS.map((r) => ({ code: r.code, name: r.name })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();

  const office = await insertOrganisations(trx, [
    { kind: 'office', name: '国家组织药品联合采购办公室', uscc: null, region_code: null },
  ]);
  const officeId = office.get('国家组织药品联合采购办公室') as string;
  const officials = [1, 2, 3].map((i) => ({
    organisationId: officeId,
    login: `office.official${i}`,
    displayName: `开标官员${'一二三'[i - 1]}（密钥保管人）`,
    roles: ['office-official'] as Role[],
  }));
  const officeUsers = await insertUsers(trx, passwordHash, [
    { organisationId: officeId, login: 'office.admin', displayName: '采购办管理员', roles: ['office-admin'] },
    ...officials,
    { organisationId: officeId, login: 'auditor', displayName: '审计员', roles: ['auditor'] },
  ]);

  const bureauName = (name: string) => `${name}医疗保障局`;
  const bureaus = await insertOrganisations(
    trx,
    DEMO_REGIONS.map((r) => ({
      kind: 'region-bureau',
      name: bureauName(r.name),
      uscc: null,
      region_code: r.code,
    })),
  );
  const reviewerLogins = await insertUsers(
    trx,
    passwordHash,
    DEMO_REGIONS.map((r) => ({
      organisationId: bureaus.get(bureauName(r.name)) as string,
      login: `bureau.${lower(r.code)}`,
      displayName: `${r.name}医保局审核员`,
      roles: ['region-bureau-user'],
    })),
  );

  const hospitalRows = demoHospitals();
  const hospitalIds = await insertOrganisations(
    trx,
    hospitalRows.map((h) => ({ kind: 'hospital', name: h.name, uscc: h.uscc, region_code: h.regionCode })),
  );
  await insertUsers(
    trx,
    passwordHash,
    hospitalRows.map((h) => ({
      organisationId: hospitalIds.get(h.uscc) as string,
      login: `hospital.${lower(h.regionCode)}${h.n}`,
      displayName: `${h.name}药学部`,
      roles: ['hospital-user'],
    })),
  );

  const companyRows = demoCompanies();
  const companyIds = await insertOrganisations(
    trx,
    companyRows.map((c) => ({ kind: 'company', name: c.name, uscc: c.uscc, region_code: null })),
  );
  const companyUsers = await insertUsers(
    trx,
    passwordHash,
    companyRows.map((c) => ({
      organisationId: companyIds.get(c.uscc) as string,
      login: companyLogin(c.n),
      displayName: `${c.name}投标专员`,
      roles: ['company-user'],
    })),
  );
  const officeAdminId = officeUsers.get('office.admin') as string;
  await trx
    .insertInto('company_fact')
    .values(
      companyRows.map((c) => ({
        company_id: companyIds.get(c.uscc) as string,
        credit_rank: c.creditRank,
        regions_supplied_last_year: c.regionsSuppliedLastYear,
        sales_volume: c.salesVolume,
        affiliate_group: c.affiliateGroup,
        on_violation_list: false,
        updated_by: officeAdminId,
      })),
    )
    .execute();

  await appendAudit(trx, {
    stream: 'accounts',
    actorUserId: null,
    action: 'demo.seeded',
    subject: 'alliance:demo',
    payload: {
      regions: DEMO_REGIONS.length,
      hospitals: hospitalRows.length,
      companies: companyRows.length,
      note: 'demo alliance created by ./jicai start on an empty database',
    },
  });

  return {
    officeAdminId,
    officialIds: [1, 2, 3].map((i) => officeUsers.get(`office.official${i}`) as string),
    reviewerIds: new Map(
      DEMO_REGIONS.map((r) => [r.code, reviewerLogins.get(`bureau.${lower(r.code)}`) as string]),
    ),
    hospitals: hospitalRows.map((h) => ({
      id: hospitalIds.get(h.uscc) as string,
      regionCode: h.regionCode,
      n: h.n,
      tertiary: h.tertiary,
    })),
    companies: companyRows.map((c) => ({
      ...c,
      id: companyIds.get(c.uscc) as string,
      userId: companyUsers.get(companyLogin(c.n)) as string,
    })),
  };
}
