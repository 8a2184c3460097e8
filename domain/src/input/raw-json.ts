import { quote, type InputProblem } from './input-problem.js';

/**
 * Lenient reads of the raw document for the cross-reference checks: they run on every element,
 * even one whose shape failed, so that one bad field does not hide or fake another problem.
 */

export type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function rawField(value: unknown, key: string): unknown {
  return isJsonObject(value) ? value[key] : undefined;
}

export function rawString(value: unknown, key: string): string | undefined {
  const field = rawField(value, key);
  return typeof field === 'string' ? field : undefined;
}

/** The string `key` of every element of a list; null when the list itself is not an array. */
export function rawStrings(list: unknown, key: string): Set<string> | null {
  if (!Array.isArray(list)) return null;
  const values = new Set<string>();
  for (const item of list) {
    const value = rawString(item, key);
    if (value !== undefined) values.add(value);
  }
  return values;
}

/**
 * Ids are unique within their list: the first holder keeps the id, every later one is reported
 * with the path of the first, so the user finds both.
 */
export class IdRegistry {
  private readonly firstPath = new Map<string, string>();

  constructor(private readonly problems: InputProblem[]) {}

  claim(id: string | undefined, holderPath: string, idPath: string, what = 'id'): void {
    if (id === undefined) return;
    const first = this.firstPath.get(id);
    if (first === undefined) this.firstPath.set(id, holderPath);
    else this.problems.push({ path: idPath, message: `duplicate ${what} ${quote(id)} (also ${first})` });
  }
}
