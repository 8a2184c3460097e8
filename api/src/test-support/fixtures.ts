import type { Db } from '../db/database.js';
import { hashPassword } from '../auth/secrets.js';
import type { OrganisationKind, Role } from '../auth/roles.js';
import { usccCheckCharacter } from '@jicai/domain';

export const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | null = null;
let usccCounter = 1000;

/** A valid unified social credit code, different each call. */
export function makeUscc(): string {
  const body = `91110000${String(usccCounter++).padStart(9, '0')}`;
  return body + usccCheckCharacter(body);
}

export async function ensureRegion(db: Db, code = 'BJ', name = '北京市'): Promise<string> {
  await db
    .insertInto('region')
    .values({ code, name })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  return code;
}

/** An organisation with one user holding the given roles; the password is PASSWORD. */
export async function createOrgUser(
  db: Db,
  kind: OrganisationKind,
  roles: Role[],
  login: string,
  regionCode: string | null = null,
) {
  passwordHash ??= hashPassword(PASSWORD);
  const region =
    kind === 'hospital' || kind === 'region-bureau' ? (regionCode ?? (await ensureRegion(db))) : regionCode;
  const org = await db
    .insertInto('organisation')
    .values({
      kind,
      name: `${kind} ${login}`,
      uscc: kind === 'hospital' || kind === 'company' ? makeUscc() : null,
      region_code: region,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const user = await db
    .insertInto('app_user')
    .values({ organisation_id: org.id, login, display_name: login, password_hash: await passwordHash, roles })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { organisationId: org.id, userId: user.id, login };
}
