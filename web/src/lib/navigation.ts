import { m } from '$lib/paraglide/messages.js';

export interface NavItem {
  readonly href: string;
  readonly label: () => string;
}

const PUBLIC: NavItem[] = [
  { href: '/rounds', label: m.nav_rounds },
  { href: '/notices', label: m.nav_notices },
  { href: '/listings', label: m.nav_listings },
  { href: '/audit', label: m.nav_audit },
];

/** Each role's own pages, ahead of the public ones; a user with several roles sees each once. */
const BY_ROLE: Record<string, NavItem[]> = {
  'company-user': [{ href: '/company', label: m.nav_company }],
  'hospital-user': [{ href: '/hospital', label: m.nav_hospital }],
  'region-bureau-user': [{ href: '/review', label: m.nav_review }],
  'office-official': [{ href: '/custodian', label: m.nav_custodian }],
  'office-admin': [{ href: '/office', label: m.nav_office }],
};

export function navigationFor(roles: readonly string[]): NavItem[] {
  const own = roles.flatMap((role) => BY_ROLE[role] ?? []);
  const seen = new Set<string>();
  return [...own, ...PUBLIC].filter((item) => !seen.has(item.href) && seen.add(item.href));
}
