import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal.js';
import { priceOrder } from './order-pricing.js';

describe('priceOrder', () => {
  it('prices packs at the awarded pack price and counts units', () => {
    // 10 packs of 14 at 2.80: 28.00, 140 units; 600 agreed, 500 used: 640 > 600, the crossing order is marked
    const order = priceOrder(new Dec('2.80'), 14, 10, 500n, 600n);
    expect(order.amount.toFixed(2)).toBe('28.00');
    expect(order.units).toBe(140n);
    expect(order.overAgreed).toBe(true);
    // exactly up to the agreed volume is not over
    expect(priceOrder(new Dec('2.80'), 14, 10, 460n, 600n).overAgreed).toBe(false);
    expect(priceOrder(new Dec('0.0001'), 1, 3, 0n, 0n).amount.toString()).toBe('0.0003');
  });

  it('is packs × price exactly, units = packs × units per pack, marked iff beyond the agreed volume', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999_999 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        (digits, scale, unitsPerPack, packs, already, agreed) => {
          const price = new Dec(digits).dividedBy(10 ** scale);
          const order = priceOrder(price, unitsPerPack, packs, already, agreed);
          // exact: dividing back gives the price, no float ever in between
          expect(order.amount.dividedBy(packs).equals(price)).toBe(true);
          expect(order.amount.decimalPlaces()).toBeLessThanOrEqual(scale);
          expect(order.units).toBe(BigInt(packs) * BigInt(unitsPerPack));
          expect(order.overAgreed).toBe(already + order.units > agreed);
        },
      ),
    );
  });

  it('never marks an order within the agreed volume, always one after it was used up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        (packs, agreed) => {
          expect(priceOrder(new Dec('1.5'), 1, packs, agreed, agreed).overAgreed).toBe(true);
          expect(priceOrder(new Dec('1.5'), 1, packs, 0n, agreed + BigInt(packs)).overAgreed).toBe(false);
        },
      ),
    );
  });
});
