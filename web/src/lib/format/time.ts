/** Every date and time on the portal is Beijing time, whatever the visitor's own zone. */
export const PLATFORM_ZONE = 'Asia/Shanghai';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, kind: 'date' | 'datetime' | 'time') {
  const key = `${locale}|${kind}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
      timeZone: PLATFORM_ZONE,
      year: kind === 'time' ? undefined : 'numeric',
      month: kind === 'time' ? undefined : '2-digit',
      day: kind === 'time' ? undefined : '2-digit',
      hour: kind === 'date' ? undefined : '2-digit',
      minute: kind === 'date' ? undefined : '2-digit',
      second: kind === 'time' ? '2-digit' : undefined,
      hourCycle: 'h23',
    });
    formats.set(key, f);
  }
  return f;
}

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  return iso ? formatter(locale, 'datetime').format(new Date(iso)) : '—';
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  return iso ? formatter(locale, 'date').format(new Date(iso)) : '—';
}

export function formatTime(date: Date, locale: string): string {
  return formatter(locale, 'time').format(date);
}

/** Whole days, hours, minutes and seconds left until `until`, on the server's clock. */
export function remaining(untilMs: number, nowMs: number) {
  const total = Math.max(0, Math.floor((untilMs - nowMs) / 1000));
  return {
    done: total === 0,
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}
