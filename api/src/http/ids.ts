import { z } from '@hono/zod-openapi';

/**
 * Identifiers in one spelling before anything is computed or stored from them. A bid's sealing
 * (associated data), its commitment, its receipt and its audit stream are all built from ids as
 * text, and opening rebuilds them from the stored spelling: an id accepted in one spelling and
 * computed with another makes an accepted bid unopenable (issue 8 §1).
 *
 * - uuids: any case in, lower case out (PostgreSQL's own text form).
 * - round codes: any case in, upper case out (the form the catalogue stores); a round code in
 *   place of a round id is resolved to the uuid once, at the edge (`round-ref.ts`).
 * - product and spec codes: the catalogue's own spelling, matched without regard to case
 *   (`matchCode`); a product cannot hold two codes that differ only in case.
 */
export const uuid = (message = 'not an id (a uuid)') => z.uuid(message).toLowerCase();

/** A uuid path parameter, lower-cased. */
export const uuidParam = (name: string, message?: string) =>
  uuid(message).openapi({ param: { name, in: 'path' } });

/**
 * `{roundId}`: the round's uuid. Its code (e.g. NVBP7-DEMO) is accepted in the same place: the
 * edge rewrites it to the uuid before routing, so handlers only ever see the lower-case uuid.
 */
export const roundIdParam = () =>
  uuid('not a round id (a uuid) or round code').openapi({
    param: { name: 'roundId', in: 'path' },
    description: "the round's id, or its code (any case), e.g. NVBP7-DEMO",
  });

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A round code as typed: the catalogue's pattern without regard to case. */
export const ROUND_CODE = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;

/** The canonical round code of a typed one. */
export const canonicalRoundCode = (code: string) => code.toUpperCase();

/**
 * The catalogue's spelling of a typed product or spec code: the exact one if it exists, else the
 * single one equal without regard to case; undefined when none (or, in old data, several) match.
 */
export function matchCode(known: Iterable<string>, typed: string): string | undefined {
  const folded = typed.toUpperCase();
  let found: string | undefined;
  for (const code of known) {
    if (code === typed) return code;
    if (code.toUpperCase() === folded) {
      if (found !== undefined) return undefined;
      found = code;
    }
  }
  return found;
}
