/**
 * The platform's time in the browser: deadlines count down on the database clock the server read
 * (layout data), never on the visitor's own clock, which may be minutes off. One ticking value for
 * every countdown on the page.
 */
const clock = $state({ offsetMs: 0, nowMs: 0 });
let timer: ReturnType<typeof setInterval> | undefined;

/** Anchors the page's clock on the server's reading; ticks every second from then on (browser only). */
export function syncServerClock(serverIso: string) {
  clock.offsetMs = Date.parse(serverIso) - Date.now();
  clock.nowMs = Date.now() + clock.offsetMs;
  timer ??= setInterval(() => (clock.nowMs = Date.now() + clock.offsetMs), 1000);
}

/** The server's time now in ms, or `fallback` (the server's reading, during SSR and before hydration). */
export function serverNowMs(fallbackIso: string): number {
  return clock.nowMs || Date.parse(fallbackIso);
}
