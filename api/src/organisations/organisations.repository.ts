import type { InferResult, Kysely } from 'kysely';
import type { OrganisationKind, Role } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import { key, keysetPage, type Page } from '../http/list.js';
import type { OrganisationFilter } from './organisations.schema.js';

type Q = Kysely<Database>;

const organisationColumns = ['id', 'kind', 'name', 'uscc', 'region_code', 'created_at'] as const;
const userColumns = [
  'id',
  'organisation_id',
  'login',
  'display_name',
  'roles',
  'disabled',
  'created_at',
  'locked_at',
] as const;

export function regionExists(db: Q, code: string) {
  return db.selectFrom('region').select('code').where('code', '=', code).executeTakeFirst();
}

export function insertOrganisation(
  db: Q,
  values: { kind: OrganisationKind; name: string; uscc: string | null; regionCode: string | null },
) {
  return db
    .insertInto('organisation')
    .values({ kind: values.kind, name: values.name, uscc: values.uscc, region_code: values.regionCode })
    .returning(organisationColumns)
    .executeTakeFirstOrThrow();
}

export function findOrganisationById(db: Q, id: string) {
  return db.selectFrom('organisation').select(organisationColumns).where('id', '=', id).executeTakeFirst();
}

/** `%`, `_` and `\` match themselves in a LIKE pattern. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * Every organisation, or only `onlyId` when the reader may see just its own, narrowed by kind,
 * region and a part of the name or 统一社会信用代码 (the trigram index answers the name).
 */
export function listOrganisations(db: Q, onlyId: string | null, page: Page, filter: OrganisationFilter) {
  const { kind, regionCode, q: text } = filter;
  const query = db
    .selectFrom('organisation')
    .select(organisationColumns)
    .$if(onlyId !== null, (q) => q.where('id', '=', onlyId as string))
    .$if(kind !== undefined, (q) => q.where('kind', '=', kind as OrganisationKind))
    .$if(regionCode !== undefined, (q) => q.where('region_code', '=', (regionCode as string).toUpperCase()))
    .$if(text !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('name', 'ilike', `%${likeEscaped(text as string)}%`),
          eb('uscc', '=', (text as string).toUpperCase()),
        ]),
      ),
    );
  type Row = InferResult<typeof query>[number];
  return keysetPage(
    query,
    [key<Row>('kind', (r) => r.kind), key<Row>('name', (r) => r.name), key<Row>('id', (r) => r.id)],
    page,
  );
}

export function insertUser(
  db: Q,
  values: { organisationId: string; login: string; displayName: string; passwordHash: string; roles: Role[] },
) {
  return db
    .insertInto('app_user')
    .values({
      organisation_id: values.organisationId,
      login: values.login,
      display_name: values.displayName,
      password_hash: values.passwordHash,
      roles: values.roles,
    })
    .returning(userColumns)
    .executeTakeFirstOrThrow();
}

/** The user with its organisation's kind, locked: a roles change is judged against the row it replaces. */
export function findUserForUpdate(db: Q, id: string) {
  return db
    .selectFrom('app_user')
    .innerJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .select([
      'app_user.id',
      'app_user.roles',
      'app_user.disabled',
      'app_user.display_name',
      'organisation.kind',
    ])
    .where('app_user.id', '=', id)
    .forUpdate('app_user')
    .executeTakeFirst();
}

export function updateUser(
  db: Q,
  id: string,
  changes: { roles?: Role[]; disabled?: boolean; displayName?: string },
) {
  return db
    .updateTable('app_user')
    .set({ roles: changes.roles, disabled: changes.disabled, display_name: changes.displayName })
    .where('id', '=', id)
    .returning(userColumns)
    .executeTakeFirstOrThrow();
}

export function listUsers(db: Q, organisationId: string, page: Page) {
  const query = db.selectFrom('app_user').select(userColumns).where('organisation_id', '=', organisationId);
  return keysetPage(query, [key<InferResult<typeof query>[number]>('login', (r) => r.login)], page);
}

/** Signed-in sessions of a disabled user end at once (tokens are refused by the disabled flag too). */
export function deleteSessionsOfUser(db: Q, userId: string) {
  return db.deleteFrom('session').where('user_id', '=', userId).execute();
}

export type OrganisationRow = Awaited<ReturnType<typeof insertOrganisation>>;
export type UserRow = Awaited<ReturnType<typeof insertUser>>;
