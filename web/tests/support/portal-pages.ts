import { DEMO_BIDDING_ROUND } from './round-driver';

/**
 * Every page of the portal, by who visits it (a demo login, or nobody signed in), with the demo's
 * own round codes: the one list `every-page-accessible.test.ts` walks. A page added to the portal
 * is added here.
 */
export const VISITORS = [
  'signed-out',
  'office.admin',
  'office.official1',
  'auditor',
  'bureau.bj',
  'hospital.bj1',
  'company.c01',
] as const;
export type Visitor = (typeof VISITORS)[number];

export interface PortalPage {
  readonly path: string;
  readonly who: Visitor;
  /** a link on the page (CSS selector) whose page is visited too: a page addressed by an id (its route) */
  readonly follow?: { readonly link: string; readonly route: string };
}

export const BIDDING = DEMO_BIDDING_ROUND; // NVBP7-DEMO: bidding open
const DEMAND = 'NVBP11-DEMO'; // demand reporting

const PUBLIC: readonly string[] = [
  '/',
  '/rounds',
  `/rounds/${BIDDING}`,
  `/rounds/${DEMAND}`,
  `/rounds/${BIDDING}/results`,
  `/rounds/${BIDDING}/commitments`,
  '/notices',
  '/audit',
  '/verify',
  '/verify/0000-0000-0000', // a code nobody issued: the page says so
];

const EXECUTION = 'NVBP5-DEMO'; // in execution: agreements signed, months of purchases and payments

const OFFICE: readonly string[] = [
  '/office',
  `/office/rounds/${EXECUTION}/payments`,
  '/office/documents',
  '/office/outages',
  '/office/audit',
  '/office/rounds/new',
  ...[BIDDING, DEMAND].flatMap((code) => [
    `/office/rounds/${code}`,
    `/office/rounds/${code}/setup`,
    `/office/rounds/${code}/registrations`,
    `/office/rounds/${code}/ceremony`,
    `/office/rounds/${code}/demand`,
    `/office/rounds/${code}/results`,
    `/office/rounds/${code}/objections`,
    `/office/rounds/${code}/selection`,
    `/office/rounds/${code}/volumes`,
    `/office/rounds/${code}/surplus`,
    `/office/rounds/${code}/renewal`,
    `/office/rounds/${code}/agreements`,
    `/office/rounds/${code}/backup`,
    `/office/rounds/${code}/listing`,
  ]),
  `/office/rounds/${EXECUTION}/execution`,
];

const COMPANY: readonly string[] = [
  '/company',
  '/company/documents',
  '/company/receivables',
  `/company/rounds/${BIDDING}`,
  `/company/rounds/${BIDDING}/commitments`,
  `/company/rounds/${BIDDING}/regions`,
  `/company/rounds/${BIDDING}/outcome`,
  `/company/rounds/${BIDDING}/volumes`,
  `/company/rounds/${BIDDING}/agreements`,
  `/company/rounds/${DEMAND}/registrations`,
  '/company/agreements',
  '/company/inventory',
  '/company/orders',
];

const CUSTODIAN: readonly string[] = ['/custodian', `/custodian/${BIDDING}`];

const HOSPITAL: readonly string[] = [
  '/hospital',
  `/hospital/rounds/${DEMAND}`,
  '/hospital/agreements',
  '/hospital/orders',
  '/hospital/payments',
  '/hospital/surplus',
  '/hospital/purchases/import',
];
const REVIEW: readonly string[] = [
  '/review',
  `/review/rounds/${DEMAND}`,
  `/review/rounds/${DEMAND}/totals`,
  `/review/rounds/${EXECUTION}/execution`,
  `/review/rounds/${DEMAND}/surplus`,
];

const as = (who: Visitor, paths: readonly string[]) => paths.map((path) => ({ path, who }));

export const PORTAL_PAGES: readonly PortalPage[] = [
  ...as('signed-out', ['/login', ...PUBLIC]),
  ...as('office.admin', OFFICE),
  {
    path: '/listings',
    who: 'signed-out',
    follow: { link: 'a[href^="/listings/"]', route: '/listings/[listingId]' },
  },
  {
    path: '/office/organisations',
    who: 'office.admin',
    follow: { link: 'a[href^="/office/organisations/"]', route: '/office/organisations/[id]' },
  },
  ...as('office.official1', CUSTODIAN),
  ...as('auditor', ['/audit', '/rounds']),
  ...as('bureau.bj', REVIEW),
  ...as('hospital.bj1', HOSPITAL),
  {
    path: '/hospital/history',
    who: 'hospital.bj1',
    follow: {
      link: `a[href^="/hospital/history/${DEMAND}/"]`,
      route: '/hospital/history/[roundCode]/[reportId]',
    },
  },
  ...as('company.c01', COMPANY),
];
