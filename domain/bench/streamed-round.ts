import { DemandDecoder } from '../src/input/decode-demand.js';
import { checkRoundAgainstRuleset, decodeRoundInput } from '../src/input/decode-round-input.js';
import { decodeRulesetChoice } from '../src/input/decode-ruleset.js';
import type { RoundInput } from '../src/round-input.js';
import type { Ruleset } from '../src/rulesets/ruleset.js';

/**
 * The parse phase of a round too large for one string (10 M lines ≈ 770 MB of JSON): the generator's
 * chunks (head up to `"demand":[`, demand lines 20,000 a chunk, tail) are decoded without joining
 * them. JSON.parse reads each chunk; `./jicai evaluate` reads its file with stream-json instead,
 * which the end-to-end figures in docs/operations.md show. The demand lines go to the domain's
 * DemandDecoder one at a time, as in the CLI, so no raw line outlives its chunk.
 */
export function parseStreamed(chunks: readonly string[]): { input: RoundInput; ruleset: Ruleset } {
  const [head, ...rest] = chunks;
  const tail = rest.pop();
  if (head === undefined || tail === undefined || !head.endsWith('"demand":['))
    throw new Error('not a generated round');
  const document = JSON.parse(`${head}${tail}`) as Record<string, unknown>;
  const decoder = new DemandDecoder();
  for (const chunk of rest) {
    const lines = JSON.parse(`[${chunk.startsWith(',') ? chunk.slice(1) : chunk}]`) as unknown[];
    for (const line of lines) decoder.push(line);
  }
  const round = decodeRoundInput(document, decoder);
  if (!round.ok) throw new Error(`decodeRoundInput: ${JSON.stringify(round.problems.slice(0, 5))}`);
  const choice = decodeRulesetChoice(round.value.ruleset);
  if (!choice.ok) throw new Error(`decodeRulesetChoice: ${JSON.stringify(choice.problems)}`);
  const mismatch = checkRoundAgainstRuleset(round.value.input, choice.ruleset);
  if (mismatch.length > 0) throw new Error(`checkRoundAgainstRuleset: ${JSON.stringify(mismatch)}`);
  return { input: round.value.input, ruleset: choice.ruleset };
}
