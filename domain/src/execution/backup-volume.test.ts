import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupVolume } from './backup-volume.js';

describe('backupVolume', () => {
  it('is the agreed volume less what was already bought, never negative', () => {
    expect(backupVolume(100_000n, 40_000n)).toBe(60_000n);
    expect(backupVolume(100_000n, 0n)).toBe(100_000n);
    expect(backupVolume(100_000n, 120_000n)).toBe(0n);
  });

  it('conserves the agreed volume: bought + carried covers it exactly while under it', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        (agreed, bought) => {
          const rest = backupVolume(agreed, bought);
          expect(rest >= 0n && rest <= agreed).toBe(true);
          if (bought <= agreed) expect(rest + bought).toBe(agreed);
          else expect(rest).toBe(0n);
        },
      ),
    );
  });
});
