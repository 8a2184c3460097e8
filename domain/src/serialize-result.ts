import type { EvaluationResult } from './evaluation-result.js';

/**
 * G32: stdout is JSON.stringify(result, null, 2) + "\n". Quantities above 2^53 are BigInt and are
 * printed as exact JSON integers (G41), which JSON.stringify cannot do by itself.
 *
 * A national round's output outgrows one string: 3 M demand lines print ≈ 370 MB, 69 % of V8's
 * maximum string length (≈ 512 MiB), so the result is produced as a sequence of chunks. The
 * containers down to the product's lists (result → products → product → allocations) are written
 * here, member by member; everything deeper (one bid, one allocation) is small and goes through
 * JSON.stringify. The bytes are those of the one-string form for every result.
 */
export function* serializeResultChunks(
  result: EvaluationResult,
  chunkChars = DEFAULT_CHUNK_CHARS,
): Generator<string, void, undefined> {
  const batch = new Batch(chunkChars);
  yield* writeContainer(result as unknown as Container, 0, batch);
  batch.push('\n');
  const last = batch.take();
  if (last !== '') yield last;
}

/** The result as one string: for results that fit in one (the API stores them as text). */
export function serializeResult(result: EvaluationResult): string {
  return [...serializeResultChunks(result)].join('');
}

/** Chunks of about 1 MiB characters: few enough writes, small enough to stay out of the way. */
const DEFAULT_CHUNK_CHARS = 1 << 20;

/** Containers at a depth below this are written member by member; deeper values in one piece. */
const STREAMED_DEPTH = 4;

const BIG = '\u0000bigint:';
const BIG_PATTERN = /"\\u0000bigint:(-?\d+)"/g;

/** Collects small strings and hands them out joined once they reach the chunk size. */
class Batch {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly chunkChars: number) {}

  push(text: string): void {
    this.parts.push(text);
    this.size += text.length;
  }

  get full(): boolean {
    return this.size >= this.chunkChars;
  }

  take(): string {
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return text;
  }
}

type Container = Readonly<Record<string, unknown>> | readonly unknown[];

/** What JSON.stringify walks into member by member: arrays and plain objects without toJSON. */
function isContainer(value: unknown): value is Container {
  if (typeof value !== 'object' || value === null) return false;
  return typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** What JSON.stringify leaves out of an object (and prints as null in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function* writeContainer(value: Container, depth: number, batch: Batch): Generator<string, void, undefined> {
  const inner = `\n${'  '.repeat(depth + 1)}`;
  const isArray = Array.isArray(value);
  const object = value as Readonly<Record<string, unknown>>;
  // arrays by index, objects by key, no per-member allocation: a product's allocations run to millions
  const keys = isArray ? null : Object.keys(object);
  const count = keys === null ? (value as readonly unknown[]).length : keys.length;
  if (isArray && count > 0 && depth + 1 >= STREAMED_DEPTH) {
    yield* writeSlices(value as readonly unknown[], depth, batch);
    return;
  }
  let written = 0;
  batch.push(isArray ? '[' : '{');
  for (let i = 0; i < count; i++) {
    const key = keys === null ? null : (keys[i] as string);
    let item = key === null ? (value as readonly unknown[])[i] : object[key];
    if (isOmitted(item)) {
      if (key !== null) continue;
      item = null;
    }
    batch.push(written === 0 ? inner : `,${inner}`);
    written += 1;
    if (key !== null) batch.push(`${JSON.stringify(key)}: `);
    if (depth + 1 < STREAMED_DEPTH && isContainer(item)) yield* writeContainer(item, depth + 1, batch);
    else batch.push(piece(item, depth + 1));
    if (batch.full) yield batch.take();
  }
  const close = isArray ? ']' : '}';
  batch.push(written === 0 ? close : `\n${'  '.repeat(depth)}${close}`);
}

/** Members of an array written in one piece each: one JSON.stringify per slice of them, not per member. */
const SLICE = 512;

function* writeSlices(
  value: readonly unknown[],
  depth: number,
  batch: Batch,
): Generator<string, void, undefined> {
  const close = `\n${'  '.repeat(depth)}]`;
  batch.push('[');
  for (let at = 0; at < value.length; at += SLICE) {
    // "[" + the members, each after a newline and this depth's indent + 1, + close: keep the members
    const text = piece(value.slice(at, at + SLICE), depth);
    batch.push(at === 0 ? text.slice(1, -close.length) : `,${text.slice(1, -close.length)}`);
    if (batch.full) yield batch.take();
  }
  batch.push(close);
}

/** One value as JSON.stringify(…, null, 2) prints it at this depth, BigInt as an exact integer. */
function piece(value: unknown, depth: number): string {
  if (typeof value === 'bigint') return value.toString();
  let text: string;
  try {
    text = JSON.stringify(value, null, 2);
  } catch (error) {
    // a BigInt somewhere inside: the replacer costs a third of the time, so only here
    if (!(error instanceof TypeError)) throw error;
    text = JSON.stringify(value, bigIntMarker, 2).replace(BIG_PATTERN, '$1');
  }
  // strings hold their newlines escaped: every raw newline is layout, indented to this depth
  return depth === 0 || !text.includes('\n') ? text : text.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

function bigIntMarker(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? `${BIG}${value.toString()}` : value;
}
