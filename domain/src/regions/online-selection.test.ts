import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactRatio } from '../money/round-half-up-quantity.js';
import type { DemandLine } from '../round-input.js';
import { allocateByRegion, allocateWithAssignment, agreedVolumeByRegion } from './allocate-demand.js';
import {
  applyRegionPick,
  automaticRegionPick,
  nextRegionTurn,
  startRegionSelection,
  type RegionSelectionState,
} from './online-selection.js';
import { pickRegions, type Picker } from './region-picks.js';

const POOL = ['AH', 'BJ', 'CQ', 'FJ', 'GD', 'HE', 'SH', 'TJ'];

/** Every winner lets its turn run out: preferences first, then the default. */
function runAutomatically(state: RegionSelectionState): RegionSelectionState {
  let s = state;
  for (let turn = nextRegionTurn(s); turn; turn = nextRegionTurn(s)) {
    s = applyRegionPick(s, automaticRegionPick(s, turn));
  }
  return s;
}

const selectionInput = fc
  .record({
    regions: fc.subarray(POOL, { minLength: 0 }),
    winnerCount: fc.integer({ min: 1, max: 5 }),
    volumes: fc.array(fc.constantFrom(0, 10, 10, 500, 9000), {
      minLength: POOL.length,
      maxLength: POOL.length,
    }),
    preferences: fc.array(fc.array(fc.constantFrom(...POOL), { maxLength: 6 }), {
      minLength: 5,
      maxLength: 5,
    }),
    withBackups: fc.boolean(),
  })
  .map(({ regions, winnerCount, volumes, preferences, withBackups }) => ({
    regions,
    winners: Array.from({ length: winnerCount }, (_, i): Picker => ({
      companyId: `C${i + 1}`,
      preferences: (preferences[i] ?? []).filter((r) => regions.includes(r)),
    })),
    volumes: new Map(regions.map((r) => [r, volumes[POOL.indexOf(r)] ?? 0])),
    withBackups,
  }));

describe('online region selection (docs/rules.md §11.1, turn by turn)', () => {
  it('equals pickRegions when every winner takes its first allowed preference, else the default', () => {
    fc.assert(
      fc.property(selectionInput, (input) => {
        const batch = pickRegions(input.winners, input.regions, input.volumes, input.withBackups);
        const online = runAutomatically(startRegionSelection(input));
        expect(online.picks).toEqual(batch.picks);
        expect(online.primary).toEqual(batch.primary);
        expect(online.backup).toEqual(batch.backup);
        expect(online.defaultPicks).toEqual(batch.defaultPicks);
        expect(nextRegionTurn(online)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('gives rank 1 the priority pick, then round robin; backups after primaries, none where primary', () => {
    const volumes = new Map([
      ['BJ', 5],
      ['GD', 50],
      ['SH', 20],
      ['TJ', 1],
    ]);
    let s = startRegionSelection({
      winners: [
        { companyId: 'C1', preferences: [] },
        { companyId: 'C2', preferences: [] },
      ],
      regions: ['BJ', 'GD', 'SH', 'TJ'],
      volumes,
      withBackups: true,
    });
    const order: string[] = [];
    for (const choice of ['TJ', 'default', 'BJ', 'default']) {
      order.push(`${nextRegionTurn(s)?.companyId}:${nextRegionTurn(s)?.kind}`);
      s = applyRegionPick(s, choice);
    }
    expect(order).toEqual(['C1:primary', 'C1:primary', 'C2:primary', 'C1:primary']);
    // C1 took TJ, then GD by default (largest); C2 BJ; C1 the last one, SH, by default
    expect([...s.primary]).toEqual([
      ['TJ', 'C1'],
      ['GD', 'C1'],
      ['BJ', 'C2'],
      ['SH', 'C1'],
    ]);
    expect(nextRegionTurn(s)).toEqual({ companyId: 'C1', kind: 'backup', allowedRegions: ['BJ'] });
    s = applyRegionPick(s, 'BJ');
    expect(nextRegionTurn(s)).toEqual({
      companyId: 'C2',
      kind: 'backup',
      allowedRegions: ['GD', 'SH', 'TJ'],
    });
    expect(() => applyRegionPick(s, 'BJ')).toThrow(/not open to C2/);
    s = runAutomatically(s);
    expect(s.backup.size).toBe(4);
    expect(s.picks.map((p) => p.turn)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('a single winner supplies every region and picks no backups', () => {
    const s = runAutomatically(
      startRegionSelection({
        winners: [{ companyId: 'C1', preferences: ['SH'] }],
        regions: ['BJ', 'SH'],
        volumes: new Map(),
        withBackups: true,
      }),
    );
    expect(s.picks.map((p) => p.regionId)).toEqual(['SH', 'BJ']);
    expect(s.backup.size).toBe(0);
  });
});

describe('allocateWithAssignment', () => {
  const lineArb = fc.record({
    institution: fc.constantFrom('H1', 'H2', 'H3', 'H10'),
    region: fc.nat({ max: POOL.length - 1 }),
    quantity: fc.integer({ min: 0, max: 1_000_000 }),
    brand: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  });

  it('computes for the assignment evaluate picked exactly what evaluate allocates', () => {
    fc.assert(
      fc.property(
        selectionInput,
        fc.array(lineArb, { maxLength: 30 }),
        fc.constantFrom('0.50', '0.80', '1.00'),
        fc.boolean(),
        (input, raw, ratio, brandRouting) => {
          fc.pre(input.regions.length > 0);
          const lines: DemandLine[] = raw.map((l) => ({
            institutionId: l.institution,
            regionId: input.regions[l.region % input.regions.length] as string,
            productId: 'P1',
            quantity: l.quantity,
            brandCompanyId: l.brand === null ? null : `C${l.brand}`,
            lastYearVolume: null,
            group: null,
          }));
          const institutionIds = [...new Set(lines.map((l) => l.institutionId))].sort();
          const ctx = {
            regions: input.regions,
            backups: input.withBackups,
            brandRouting,
            institutionOrdinal: new Map(institutionIds.map((id, i) => [id, i])),
            institutionIds,
          };
          const batch = allocateByRegion(lines, input.winners, exactRatio(ratio), ctx);
          const volumes = agreedVolumeByRegion(lines, ratio);
          const online = runAutomatically(startRegionSelection({ ...input, volumes }));
          const companies = input.winners.map((w) => w.companyId);
          const assigned = allocateWithAssignment(
            lines,
            companies,
            ratio,
            online,
            input.regions,
            brandRouting,
          );
          expect(online.picks).toEqual(batch.regionPicks);
          expect(assigned).toEqual({
            agreedVolume: batch.agreedVolume,
            regions: batch.regions,
            allocations: batch.allocations,
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
