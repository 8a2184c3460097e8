import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fulfilmentStatus, packsToDeliver } from './order-fulfilment.js';

describe('fulfilmentStatus', () => {
  it('moves confirmed → delivered → accepted as the quantities say', () => {
    expect(fulfilmentStatus(10, [])).toBe('confirmed');
    expect(fulfilmentStatus(10, [{ packs: 6, acceptedPacks: null }])).toBe('confirmed');
    expect(
      fulfilmentStatus(10, [
        { packs: 6, acceptedPacks: 6 },
        { packs: 4, acceptedPacks: null },
      ]),
    ).toBe('delivered');
    expect(
      fulfilmentStatus(10, [
        { packs: 6, acceptedPacks: 6 },
        { packs: 4, acceptedPacks: 4 },
      ]),
    ).toBe('accepted');
    // 2 short: still owed, the order waits for them
    expect(fulfilmentStatus(10, [{ packs: 10, acceptedPacks: 8 }])).toBe('confirmed');
    expect(packsToDeliver(10, [{ packs: 10, acceptedPacks: 8 }])).toBe(2);
  });

  it('is accepted exactly when every delivery is accepted and they count all the packs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ packs: fc.integer({ min: 1, max: 50 }), accepted: fc.option(fc.nat(50)) }), {
          maxLength: 6,
        }),
        (raw) => {
          const deliveries = raw.map((d) => ({
            packs: d.packs,
            acceptedPacks: d.accepted === null ? null : Math.min(d.accepted, d.packs),
          }));
          const ordered = deliveries.reduce((s, d) => s + (d.acceptedPacks ?? d.packs), 0) || 1;
          const status = fulfilmentStatus(ordered, deliveries);
          const full = packsToDeliver(ordered, deliveries) === 0;
          expect(status === 'accepted').toBe(full && deliveries.every((d) => d.acceptedPacks !== null));
          expect(status === 'confirmed').toBe(!full);
        },
      ),
    );
  });
});
