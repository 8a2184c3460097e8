import type { Bilingual } from '../http/app-error.js';

/** The certificates a company files with the office: a closed list, each with its names. */
export const COMPANY_DOCUMENT_KINDS = [
  'gmp-certificate',
  'drug-registration-certificate',
  'consistency-evaluation-approval',
  'letter-of-authorisation',
] as const;
export type CompanyDocumentKind = (typeof COMPANY_DOCUMENT_KINDS)[number];

export const COMPANY_DOCUMENT_KIND_NAMES: Readonly<Record<CompanyDocumentKind, Bilingual>> = {
  'gmp-certificate': { zh: '药品GMP证书', en: 'GMP certificate' },
  'drug-registration-certificate': { zh: '药品注册证书', en: 'drug registration certificate' },
  'consistency-evaluation-approval': { zh: '一致性评价批件', en: 'consistency-evaluation approval' },
  'letter-of-authorisation': { zh: '授权书', en: 'letter of authorisation' },
};

/** pending: asked for, not yet verified; accepted: verified and kept; rejected: not what was declared */
export const COMPANY_DOCUMENT_STATES = ['pending', 'accepted', 'rejected'] as const;
export type CompanyDocumentState = (typeof COMPANY_DOCUMENT_STATES)[number];
