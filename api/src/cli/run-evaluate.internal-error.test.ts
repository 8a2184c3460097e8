import { describe, expect, it, vi } from 'vitest';
import { runEvaluate } from './run-evaluate.js';
import { memoryFiles, testRound } from '../test-support/cli-test-round.js';

// A failure of the engine itself: simulated, since a correct engine never throws on valid input.
vi.mock('@jicai/domain', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@jicai/domain')>()),
  evaluate: () => {
    throw new Error('Invariant failed: shortlist longer than\nthe valid bids');
  },
}));

describe('runEvaluate: an unexpected exception', () => {
  it('exits 1 with one line, no stack trace, nothing on stdout', () => {
    const outcome = runEvaluate(['round.json'], memoryFiles({ 'round.json': JSON.stringify(testRound()) }));
    expect(outcome).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'jicai evaluate: internal error: Invariant failed: shortlist longer than the valid bids\n',
    });
  });
});
