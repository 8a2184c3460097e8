import { m } from '$lib/paraglide/messages.js';

/** The certificate kinds the API knows, in the order the upload form offers them. */
export const DOCUMENT_KINDS = [
  { kind: 'gmp-certificate', label: m.documents_kind_gmp },
  { kind: 'drug-registration-certificate', label: m.documents_kind_registration },
  { kind: 'consistency-evaluation-approval', label: m.documents_kind_consistency },
  { kind: 'letter-of-authorisation', label: m.documents_kind_authorisation },
] as const;

export const kindLabel = (kind: string) => DOCUMENT_KINDS.find((k) => k.kind === kind)?.label() ?? kind;

const STATES: Record<string, () => string> = {
  pending: m.documents_state_pending,
  accepted: m.documents_state_accepted,
  rejected: m.documents_state_rejected,
};
export const stateLabel = (state: string) => STATES[state]?.() ?? state;

/** Kilobytes with one decimal, computed on integers (a size is a count of bytes). */
export function sizeLabel(bytes: number, locale: string): string {
  const tenths = Math.max(1, Math.round((bytes * 10) / 1024));
  const whole = new Intl.NumberFormat(locale).format(Math.floor(tenths / 10));
  return m.documents_size_kb({ size: `${whole}.${tenths % 10}` });
}
