/**
 * Money arrives as decimal strings and is shown as one, with grouping: Intl formats a numeric string
 * exactly (no JS number in between), so 12345678901.23 stays 12,345,678,901.23.
 */
export function formatMoney(value: string | null | undefined, locale: string, digits = 2): string {
  if (value === null || value === undefined || value === '') return '—';
  const format = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
    minimumFractionDigits: digits,
    maximumFractionDigits: Math.max(digits, fractionDigits(value)),
  });
  return format.format(value as `${number}`);
}

const fractionDigits = (value: string) => value.split('.')[1]?.length ?? 0;

/** A percentage given as a decimal fraction string ("0.5312" → "53.12%"), again without floats. */
export function formatShare(value: string | null | undefined, locale: string): string {
  if (value === null || value === undefined || value === '') return '—';
  const format = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return format.format(value as `${number}`);
}
