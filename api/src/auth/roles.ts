export const ROLES = [
  'office-admin',
  'office-official',
  'region-bureau-user',
  'hospital-user',
  'company-user',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ['office', 'region-bureau', 'hospital', 'company'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Which organisation kinds may hold which roles: a hospital user can never be made an office admin. */
export const ROLE_ORGANISATION: Readonly<Record<Role, OrganisationKind>> = {
  'office-admin': 'office',
  'office-official': 'office',
  auditor: 'office',
  'region-bureau-user': 'region-bureau',
  'hospital-user': 'hospital',
  'company-user': 'company',
};

/** Who is asking: resolved once per request from a session cookie or a bearer token. */
export interface Actor {
  readonly userId: string;
  readonly login: string;
  readonly organisationId: string;
  readonly organisationKind: OrganisationKind;
  /** the region of a hospital or region bureau */
  readonly regionCode: string | null;
  readonly roles: readonly Role[];
}

export function hasRole(actor: Actor | null, ...roles: Role[]): actor is Actor {
  return actor !== null && roles.some((r) => actor.roles.includes(r));
}
