/**
 * A quantity (smallest units: 片/粒/支/袋/瓶) with grouping. Given as an integer string, since sums
 * may pass 2^53; Intl formats a numeric string exactly, with no JS number in between.
 */
export function formatQuantity(value: string | number | null | undefined, locale: string): string {
  if (value === null || value === undefined || value === '') return '—';
  const format = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 0 });
  return format.format(String(value) as `${number}`);
}
