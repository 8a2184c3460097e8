import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../tests/support/chromium';

// Debian's Chromium, headless, kept off any network: Lighthouse audits a local page only.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface LighthouseFigures {
  readonly performance: number;
  readonly accessibility: number;
  /** the better run's metrics (ms, CLS unitless), for where the time goes */
  readonly metrics: Readonly<Record<string, number>>;
  readonly runs: readonly { performance: number; accessibility: number }[];
  /** failing accessibility audits of the better run */
  readonly a11yFailures: readonly string[];
}

const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const;

/**
 * Lighthouse's default (mobile, simulated throttling) performance and accessibility scores of a
 * page, `runs` times in a fresh Chromium each; the better run counts (per category: accessibility
 * hardly varies, performance does on a busy machine). The cookie signs the page in.
 */
export async function lighthouseScores(
  url: string,
  runs: number,
  cookie?: string,
): Promise<LighthouseFigures> {
  const results: {
    performance: number;
    accessibility: number;
    metrics: Record<string, number>;
    a11yFailures: string[];
  }[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' });
    try {
      const answer = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility'],
        extraHeaders: cookie ? { cookie } : undefined,
      });
      const lhr = answer?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no report for ${url}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        metrics: Object.fromEntries(
          Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? NaN]),
        ),
        a11yFailures: (lhr.categories.accessibility?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id),
      });
    } finally {
      chrome.kill();
    }
  }
  const best = results.reduce((a, b) => (b.performance > a.performance ? b : a));
  const bestA11y = results.reduce((a, b) => (b.accessibility > a.accessibility ? b : a));
  return {
    performance: best.performance,
    accessibility: bestA11y.accessibility,
    metrics: best.metrics,
    runs: results.map(({ performance, accessibility }) => ({ performance, accessibility })),
    a11yFailures: bestA11y.a11yFailures,
  };
}

export function describeLighthouse(what: string, f: LighthouseFigures): string {
  const m = f.metrics;
  const ms = (v: number | undefined) => `${Math.round(v ?? NaN)} ms`;
  return (
    `  ${what.padEnd(34)} performance ${f.performance}, accessibility ${f.accessibility} ` +
    `(runs: ${f.runs.map((r) => `${r.performance}/${r.accessibility}`).join(', ')}) — ` +
    `FCP ${ms(m.FCP)}, LCP ${ms(m.LCP)}, TBT ${ms(m.TBT)}, SI ${ms(m.SI)}, CLS ${(m.CLS ?? NaN).toFixed(3)}` +
    (f.a11yFailures.length ? `; a11y fails: ${f.a11yFailures.join(', ')}` : '')
  );
}
