import { ROLES, type OrganisationKind, type Role } from '../auth/roles.js';

/** The words of the authorization policy (`authorization-policy.ts`), shared by its parts. */
export type Caller = Role | 'anonymous';
export const CALLERS: readonly Caller[] = ['anonymous', ...ROLES];

/**
 * How an allowed caller's reach is narrowed; another tenant's data answers 404, never 403, so its
 * existence does not leak.
 * - `none`: no narrowing (the office reads every tenant)
 * - `public`: anyone may read it, and it carries no tenant's data and no draft
 * - `self`: only the caller's own account, sessions and key shares
 * - `own-organisation`: only the caller's own organisation and its users
 * - `own-company`: only the caller's company's facts, registrations, bids, offers and objections
 * - `own-hospital`: only the caller's hospital's demand reports and agreed volumes
 * - `own-region`: only the reports of hospitals in the caller's region (region bureaus)
 * - `round-published`: a draft round does not exist (the office sees drafts)
 * - `bidding-closed`: nothing of the round exists before bidding has closed, for anyone
 * - `round-opened`: nothing of the round exists before its bids are opened, for anyone, the office
 *   included: no price, no bidder, no count
 */
export const TENANCIES = [
  'none',
  'public',
  'self',
  'own-organisation',
  'own-company',
  'own-hospital',
  'own-region',
  'round-published',
  'bidding-closed',
  'round-opened',
] as const;
export type Tenancy = (typeof TENANCIES)[number];

export interface OperationPolicy {
  /** what the operation does, in the reader's words */
  readonly what: string;
  /** the callers that may call it, each with its reach; anyone else is refused (401, 403 or 404) */
  readonly allow: Readonly<Partial<Record<Caller, readonly Tenancy[]>>>;
  /**
   * Other tenants an allowed caller's answer names by design (counterparties, published results):
   * their organisation ids may appear, nothing else of theirs (names, users, registrations, bids).
   */
  readonly reveals?: Readonly<Partial<Record<Caller, readonly OrganisationKind[]>>>;
  /** the revealed organisations' names appear too, beside their ids (views people read) */
  readonly revealsNames?: true;
  /** why the policy is what it is, where a reader would ask */
  readonly note?: string;
}

export const NONE = ['none'] as const;
export const PUBLIC = ['public'] as const;
export const SELF = ['self'] as const;
export const OWN_ORG = ['own-organisation'] as const;
export const PUBLISHED = ['round-published'] as const;
export const OPENED = ['round-opened'] as const;

export const allRoles = <T>(value: T) =>
  Object.fromEntries(ROLES.map((role) => [role, value])) as Record<Role, T>;
export const everyone = <T>(value: T) => ({ anonymous: value, ...allRoles(value) });
export const EVERYONE = everyone(NONE);
/** anyone, signed in or not, with nothing of any tenant in the answer */
export const ANYONE = everyone(PUBLIC);
export const SIGNED_IN = allRoles(NONE);
export const ADMIN = { 'office-admin': NONE };
export const OFFICE = { 'office-admin': NONE, 'office-official': NONE, auditor: NONE };
/** a round and its catalogue: public to every signed-in role once published */
export const ROUND_READERS = { ...allRoles(PUBLISHED), ...OFFICE };
/** a published round's public matter: anyone once published; the office sees drafts */
export const PUBLIC_ROUND_READERS = { anonymous: PUBLISHED, ...ROUND_READERS };
export const COMPANY_IN_ROUND = ['round-published', 'own-company'] as const;
export const HOSPITAL_IN_ROUND = ['round-published', 'own-hospital'] as const;
export const REVIEWER_IN_ROUND = ['round-published', 'own-region'] as const;
