import type { InputProblem } from '@jicai/domain';
import { z } from 'zod';

/**
 * `--names FILE`: what the platform publishes beside a round's evaluation
 * (GET /api/rounds/{roundId}/evaluation/names.json), so the explanation shows companies,
 * hospitals and regions by name. The contract's input and output keep their ids.
 */
export interface ExplainNames {
  /** companies and hospitals by id */
  readonly organisations: ReadonlyMap<string, string>;
  /** by region code */
  readonly regions: ReadonlyMap<string, string>;
  /** by product id (code) */
  readonly products: ReadonlyMap<string, string>;
}

export const NO_NAMES: ExplainNames = { organisations: new Map(), regions: new Map(), products: new Map() };

const byKey = z.record(z.string(), z.string()).default({});
const NamesFile = z.looseObject({ organisations: byKey, regions: byKey, products: byKey });

export function decodeExplainNames(
  raw: unknown,
  path: string,
): { ok: true; names: ExplainNames } | { ok: false; problems: InputProblem[] } {
  const parsed = NamesFile.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: [path, ...issue.path.map(String)].join('.'),
      message: issue.message,
    }));
    return { ok: false, problems };
  }
  const { organisations, regions, products } = parsed.data;
  return {
    ok: true,
    names: {
      organisations: new Map(Object.entries(organisations)),
      regions: new Map(Object.entries(regions)),
      products: new Map(Object.entries(products)),
    },
  };
}
