import type { OrganisationKind, Role } from '../../auth/roles.js';
import type { Caller } from '../../authorization/authorization-policy.js';

/** The rounds of the world, one per stage an operation needs; each operation names its stage. */
export const STAGES = [
  'demand',
  'draft',
  'bidding',
  'closed',
  'technical',
  'evaluated',
  'revival',
  'objection',
  'objection-over',
  'awarded',
  'selection',
  'agreed',
] as const;
export type Stage = (typeof STAGES)[number];

/** The ids a caller puts in a request's path, on its own side or on the other tenant's. */
export interface TenantIds {
  readonly organisationId: string;
  readonly userId: string;
  readonly companyId: string;
  readonly registrationId: string;
  readonly reportId: string;
  /** the company's revival offer and objection */
  readonly offerId: string;
  readonly objectionId: string;
  /** the company's accepted certificate */
  readonly documentId: string;
  /** the hospital's purchase agreement with the company (BJ × A, TJ × B) */
  readonly agreementId: string;
  /** an order on that agreement (confirmed) and its delivery (not yet accepted) */
  readonly orderId: string;
  readonly deliveryId: string;
  /** an accepted delivery of that agreement without an invoice, and an invoice of it */
  readonly acceptedDeliveryId: string;
  readonly invoiceId: string;
  /** the side's hospital (BJ, TJ): whose execution progress a hospital or bureau reads */
  readonly hospitalId: string;
  /** an API token of the user */
  readonly tokenId: string;
}

/** A tenant organisation and every string that identifies it or its data. */
export interface TenantOrg {
  readonly id: string;
  readonly kind: OrganisationKind;
  readonly region: string | null;
  readonly name: string;
  readonly secrets: readonly string[];
}

export interface MatrixWorld {
  /**
   * demand: published, demand open, regions BJ and TJ; products P1 (registered by both companies)
   * and P2; draft: exists only for the office; the others as `matrix-rounds.ts` and
   * `matrix-award-rounds.ts` build them
   */
  readonly rounds: Readonly<Record<Stage, string>>;
  readonly draft: { readonly id: string; readonly code: string; readonly name: string };
  /** P2's spec: registered by no one */
  readonly spareSpec: { readonly productId: string; readonly specId: string };
  readonly dbNow: string;
  readonly cookies: Readonly<Record<Role, string>>;
  readonly ids: Readonly<Record<Caller, { readonly own: TenantIds; readonly other: TenantIds }>>;
  /** the caller's login, organisation and region (anonymous borrows the BJ hospital's login) */
  readonly home: Readonly<
    Record<Caller, { login: string; organisationId: string | null; region: string | null }>
  >;
  readonly tenants: readonly TenantOrg[];
  readonly orgKinds: Readonly<Record<string, OrganisationKind>>;
  /** company B signed in: the other side of the secrecy comparison */
  readonly companyBCookie: string;
  /** the key ceremony's officials; the first is the one signed in */
  readonly officialIds: readonly string[];
  /** the signed-in official's share of the closed round */
  readonly closedShare: string;
  readonly technicalOpenedBidId: string;
  /** a region company A may take at its turn in the selection round */
  readonly pickRegion: string;
  /** an outage still going on */
  readonly outage: { readonly id: string; readonly endsAt: string };
  /** the day whose audit digest is published */
  readonly digestDay: string;
  /** never in any answer, whoever asks: sealed prices, the second official's key shares */
  readonly sealed: readonly string[];
  /** the Idempotency-Key company A used for its bid in the bidding round (once it has bid) */
  readonly companyABidKey: string | null;
  /** the verification code of the awarded round's award notice, issued before the world is frozen */
  readonly verificationCode?: string;
}
