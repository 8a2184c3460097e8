import { m } from '$lib/paraglide/messages.js';

/** Organisation kinds, as the API names them. */
export const ORGANISATION_KINDS = ['office', 'region-bureau', 'hospital', 'company'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * Which roles a user of each kind of organisation may hold: the API's ROLE_ORGANISATION
 * (api/src/auth/roles.ts) read the other way round. The API refuses any other pairing anyway; the
 * form offers only these so nobody is asked to choose what cannot be.
 */
export const ROLES_BY_KIND: Readonly<Record<OrganisationKind, readonly string[]>> = {
  office: ['office-admin', 'office-official', 'auditor'],
  'region-bureau': ['region-bureau-user'],
  hospital: ['hospital-user'],
  company: ['company-user'],
};

const KIND_LABELS: Record<OrganisationKind, () => string> = {
  office: m.orgs_kind_office,
  'region-bureau': m.orgs_kind_region_bureau,
  hospital: m.orgs_kind_hospital,
  company: m.orgs_kind_company,
};

const ROLE_LABELS: Record<string, () => string> = {
  'office-admin': m.orgs_role_office_admin,
  'office-official': m.orgs_role_office_official,
  auditor: m.orgs_role_auditor,
  'region-bureau-user': m.orgs_role_region_bureau_user,
  'hospital-user': m.orgs_role_hospital_user,
  'company-user': m.orgs_role_company_user,
};

export const isOrganisationKind = (kind: string | null): kind is OrganisationKind =>
  ORGANISATION_KINDS.includes(kind as OrganisationKind);
export const kindLabel = (kind: string) => (isOrganisationKind(kind) ? KIND_LABELS[kind]() : kind);
export const roleLabel = (role: string) => ROLE_LABELS[role]?.() ?? role;
