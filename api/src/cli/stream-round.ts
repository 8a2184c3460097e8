import { DemandDecoder } from '@jicai/domain';
import { getManyValues, none, type Many } from 'stream-chain/defs.js';
import { Assembler } from 'stream-json/core/assembler.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { oneLine, type ReadFile } from './cli-outcome.js';
import { parseJson, readFailure, readJson, type Loaded } from './load-round.js';

/**
 * A round's document read as a stream of text chunks, so that no national round is ever one
 * string (V8 caps strings at ≈ 512 MiB; 10 M demand lines are ≈ 770 MB of JSON): stream-json's
 * tokenizer and assembler build every value of the document as JSON.parse would, except the
 * elements of `demand`, which go to the domain's DemandDecoder one at a time and are dropped raw.
 */

/** The text of a file in chunks, in order; throws like fs.readFileSync when it cannot read. */
export type ReadChunks = (path: string) => Iterable<string>;

export interface StreamedDocument {
  /** the document as JSON.parse gives it, but with `demand` emptied when it was streamed */
  readonly document: unknown;
  /** the demand lines, when the document's `demand` is an array */
  readonly demand: DemandDecoder | undefined;
}

/** Every file in one chunk: what a test's in-memory files give. */
export function wholeFiles(readFile: ReadFile): ReadChunks {
  return (path) => [readFile(path)];
}

/**
 * Reads `file` as the round's document. A source that gives the whole text as one chunk (a file
 * small enough, see roundChunks) is parsed by JSON.parse: several times faster than a tokenizer in
 * JavaScript. Several chunks are streamed. Problems carry today's messages either way: a file that
 * cannot be read as readJson says it; a document the tokenizer refuses is parsed again by JSON.parse
 * when it fits in one string, so a malformed round gets V8's words (and a document JSON.parse
 * accepts is taken as it parses it). Only a malformed file too large for one string gets the
 * tokenizer's words.
 */
export function readRoundDocument(
  file: string,
  readChunks: ReadChunks,
  readFile: ReadFile,
): Loaded<StreamedDocument> {
  const reader = new RoundReader();
  let chunks: Iterator<string>;
  let held: string | undefined;
  try {
    chunks = readChunks(file)[Symbol.iterator]();
  } catch (error) {
    return cannotRead(file, error);
  }
  for (let count = 0; ; count++) {
    let next: IteratorResult<string>;
    try {
      next = chunks.next();
    } catch (error) {
      return cannotRead(file, error);
    }
    if (count === 0 && !next.done) {
      held = next.value; // one chunk, or the first of several: the next read tells
      continue;
    }
    try {
      if (count === 1 && next.done && held !== undefined) return oneString(held);
      if (held !== undefined) reader.write(held);
      held = undefined;
      if (next.done) return { ok: true, value: reader.end() };
      reader.write(next.value);
    } catch (error) {
      chunks.return?.();
      return reparse(file, readFile, error);
    }
  }
}

function oneString(text: string): Loaded<StreamedDocument> {
  const parsed = parseJson(text, '$', '');
  return parsed.ok ? { ok: true, value: { document: parsed.value, demand: undefined } } : parsed;
}

function cannotRead(file: string, error: unknown): Loaded<never> {
  return { ok: false, problems: [{ path: '$', message: `cannot read ${file}: ${readFailure(error)}` }] };
}

function reparse(file: string, readFile: ReadFile, streamError: unknown): Loaded<StreamedDocument> {
  const whole = readJson(file, readFile, '$', '');
  if (whole.ok) return { ok: true, value: { document: whole.value, demand: undefined } };
  if (whole.problems.some((p) => p.message.startsWith('malformed JSON'))) return whole;
  const reason = streamError instanceof Error ? streamError.message : String(streamError);
  return { ok: false, problems: [{ path: '$', message: `malformed JSON: ${oneLine(reason)}` }] };
}

class NotOneDocument extends Error {}

/** The tokenizer and the assembler, with the demand array's elements taken out as they complete. */
class RoundReader {
  // a flushable is called with `none` to end its input; its type names only the chunks
  private readonly tokenize = jsonParser({ packValues: true, streamValues: false }) as unknown as (
    chunk: string | typeof none,
  ) => Many<Token> | typeof none;
  private readonly assembler = new Assembler();
  private started = false;
  private tokens = 0;
  private demandArray: unknown[] | null = null;
  private demand: DemandDecoder | undefined;

  write(text: string): void {
    // a byte-order mark is not JSON, but editors on Windows like to add one
    const chunk = this.started || !text.startsWith('\uFEFF') ? text : text.slice(1);
    if (chunk !== '') this.started = true;
    this.consume(this.tokenize(chunk));
  }

  end(): StreamedDocument {
    this.consume(this.tokenize(none));
    if (this.tokens === 0 || !this.assembler.done) throw new NotOneDocument('incomplete document');
    const document = this.assembler.current;
    const streamed =
      typeof document === 'object' && document !== null && !Array.isArray(document)
        ? (document as Record<string, unknown>)['demand'] === this.demandArray
        : false;
    return { document, demand: streamed ? this.demand : undefined };
  }

  private consume(out: Many<Token> | typeof none): void {
    if (out === none) return;
    const assembler = this.assembler;
    const tokens = getManyValues(out);
    this.tokens += tokens.length;
    for (const token of tokens) {
      assembler.consume(token);
      const stack = assembler.stack;
      // inside the top object's `demand` array: [top object, "demand"] on the stack
      if (stack.length !== 2 || stack[1] !== 'demand' || !Array.isArray(assembler.current)) continue;
      const array = assembler.current as unknown[];
      if (array !== this.demandArray) {
        // a later `demand` key replaces an earlier one, as in JSON.parse
        this.demandArray = array;
        this.demand = new DemandDecoder();
      }
      if (array.length > 0) this.demand?.push(array.pop());
    }
  }
}
