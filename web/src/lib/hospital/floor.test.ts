import { describe, expect, it } from 'vitest';
import { demandFloor, isBelowFloor } from './floor';

describe('the 报量 floor as the page shows it', () => {
  it('is the share × last year, exact in decimals, and judges the quantity as the API does', () => {
    expect(demandFloor('0.80', 101)).toBe('80.8');
    expect(demandFloor('0.80', '1000')).toBe('800');
    expect(isBelowFloor('80', demandFloor('0.80', 101))).toBe(true); // 80 < 80.8
    expect(isBelowFloor('81', demandFloor('0.80', 101))).toBe(false);
    expect(isBelowFloor('800', '800')).toBe(false); // at the floor
  });

  it('has no floor without a readable last year, and judges no unreadable quantity', () => {
    expect(demandFloor('0.80', null)).toBeNull();
    expect(demandFloor('0.80', '1,000')).toBeNull();
    expect(isBelowFloor('七百', '800')).toBe(false);
    expect(isBelowFloor('700', null)).toBe(false);
  });
});
