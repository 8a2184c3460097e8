import type { PublishedRecord, RoundFacts } from './round-facts.js';

/** An OCDS release as we build it: a plain JSON object (amounts are raw JSON numbers). */
export type Json = { [key: string]: unknown };

/** The tender item of one spec of a product: `PRODUCT/SPEC` (the catalogue's codes). */
export const itemId = (productCode: string, specCode: string) => `${productCode}/${specCode}`;

/** A product entry (product, or product × quality group) as the awards name it. */
export const entryId = (productCode: string, group: string | null) =>
  group === null ? productCode : `${productCode}.${group}`;

/** An award: one winner of one product entry. */
export const awardId = (productCode: string, group: string | null, companyId: string) =>
  `${entryId(productCode, group)}/${companyId}`;

/** An OrganizationReference: id and name (the id stands in for the name of an unknown organisation). */
export function orgRef(facts: RoundFacts, id: string): Json {
  return { id, name: facts.names.get(id) ?? id };
}

/** Parties with their roles, in the order first named, each once. */
export class Parties {
  private readonly roles = new Map<string, { name: string; roles: string[] }>();
  add(id: string, name: string, role: string): void {
    const party = this.roles.get(id) ?? { name, roles: [] };
    if (!party.roles.includes(role)) party.roles.push(role);
    this.roles.set(id, party);
  }
  list(): Json[] {
    return [...this.roles].map(([id, p]) => ({ id, name: p.name, roles: p.roles }));
  }
}

/** The office as procuring entity, when it is known. */
export function addOffice(facts: RoundFacts, parties: Parties): Json | undefined {
  if (!facts.office) return undefined;
  parties.add(facts.office.id, facts.office.name, 'procuringEntity');
  return { id: facts.office.id, name: facts.office.name };
}

/**
 * The evaluation record a release rests on: its hashes and where its exact bytes are, so anyone can
 * fetch them, check the SHA-256 and re-run `./jicai evaluate` on the input.
 */
export function computationOf(facts: RoundFacts, record: PublishedRecord): Json {
  const base = `${facts.origin}/api/rounds/${encodeURIComponent(facts.code)}/evaluation`;
  const seq = record.row.seq;
  return {
    seq,
    reason: record.row.reason,
    rulesetName: record.row.ruleset_name,
    rulesetVersion: record.row.ruleset_version,
    inputSha256: record.row.input_sha256,
    outputSha256: record.row.output_sha256,
    inputUrl: `${base}/input.json?seq=${seq}`,
    outputUrl: `${base}/output.json?seq=${seq}`,
    recordsUrl: `${base}/records`,
  };
}

/** ISO 8601 in UTC from a Date or a timestamptz as JSON text. */
export const isoOf = (value: Date | string) => new Date(value).toISOString();
