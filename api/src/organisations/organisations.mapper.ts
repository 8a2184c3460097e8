import type { OrganisationRow, UserRow } from './organisations.repository.js';

export function toOrganisation(row: OrganisationRow) {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    uscc: row.uscc,
    regionCode: row.region_code,
    createdAt: row.created_at.toISOString(),
  };
}

/** Never the password hash. */
export function toUser(row: UserRow) {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    login: row.login,
    displayName: row.display_name,
    roles: row.roles,
    disabled: row.disabled,
    /** after many failed logins; POST /users/{id}/unlock lifts it */
    locked: row.locked_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}
