/** Broken invariants are programming errors, never business outcomes: those are returned as data. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant failed: ${message}`);
}
