import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// BENCH_CPU_PROF=1: the platform's Node processes run with --cpu-prof; afterwards their self time is
// summed by where the code lives, to tell SSR from the API from the database driver.

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface Profile {
  readonly startTime: number;
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const PLACES: [RegExp, string][] = [
  [/\/web\/build\/|\/\.svelte-kit\//, 'portal: SvelteKit/Svelte SSR (web/build)'],
  [/\/node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-[a-z]+)\//, 'pg driver'],
  [/\/node_modules\/kysely\//, 'Kysely'],
  [/\/node_modules\/(hono|@hono)\//, 'Hono'],
  [/\/node_modules\/(zod|@asteasolutions)\//, 'zod / OpenAPI'],
  [/\/node_modules\/openapi-fetch\//, 'openapi-fetch (portal → API client)'],
  [/\/api\/dist\/portal\.js/, 'bridge (api/dist/portal.js)'],
  [/\/api\/dist\//, 'API code (api/dist)'],
  [/\/domain\/dist\//, 'domain'],
  [/\/node_modules\//, 'other packages'],
  [/^node:|^internal\//, 'Node (http, streams, undici)'],
];

function placeOf(frame: ProfileNode['callFrame']): string {
  if (!frame.url) {
    if (frame.functionName === '(idle)') return 'idle';
    if (frame.functionName === '(garbage collector)') return 'GC';
    return `native ${frame.functionName || '(anonymous)'}`.replace(
      /^native \((program|root)\)$/,
      'V8 (program)',
    );
  }
  return PLACES.find(([re]) => re.test(frame.url))?.[1] ?? 'other';
}

/** A stretch of the run, on the monotonic clock in µs (V8's profiles use the same clock on Linux). */
export interface Window {
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

export const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/** Self time by place over every profile in `dir` within `window` (all of it without), idle left out. */
export function summariseProfiles(dir: string, window?: Window): string[] {
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Profile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    let at = profile.startTime;
    profile.samples.forEach((id, i) => {
      at += profile.timeDeltas[i] ?? 0;
      if (window && (at < window.from || at > window.to)) return;
      const frame = nodes.get(id)?.callFrame;
      if (!frame) return;
      const place = placeOf(frame);
      if (place === 'idle') return;
      const us = profile.timeDeltas[i] ?? 0;
      byPlace.set(place, (byPlace.get(place) ?? 0) + us);
      const fn = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    });
  }
  const total = [...byPlace.values()].reduce((a, b) => a + b, 0) || 1;
  const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)} %`;
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return [
    `CPU profile of the platform's ${files.length} Node processes, ${window?.label ?? 'whole run'} (idle left out, ${(total / 1e6).toFixed(1)} s busy):`,
    ...top(byPlace, 10).map(([place, us]) => `  ${pct(us)}  ${place}`),
    '  hottest functions (self time):',
    ...top(byFunction, 12).map(([fn, us]) => `  ${pct(us)}  ${fn}`),
  ];
}
