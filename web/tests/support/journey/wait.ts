/**
 * How long a page may take to show the answer to what was just done (a form's answer, a live
 * update) on a busy two-core machine: vitest's `expect.poll` gives up after one second by default.
 */
export const ANSWERED = { timeout: 10_000 } as const;
