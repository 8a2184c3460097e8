import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';
import {
  companiesBid,
  packPriceAt,
  roundIdOf,
  roundState,
  startRegionSelection,
} from './support/round-driver';

const browser = useBrowser();

describe('the shared round driver (tests/support/round-driver.ts)', () => {
  it('prices a pack under the ceiling without floats', () => {
    expect(packPriceAt('0.5000', 28, 38)).toBe('5.32');
    expect(packPriceAt('10.2000', 1, 95)).toBe('9.69');
  });

  it('takes the demo bidding round from bidding to region selection', async () => {
    const roundId = await roundIdOf(browser.baseUrl());
    expect(await roundState(browser.baseUrl(), roundId)).toBe('bidding-open');
    await companiesBid(browser.baseUrl(), roundId);
    await startRegionSelection(browser.baseUrl(), roundId);
    expect(await roundState(browser.baseUrl(), roundId)).toBe('region-selection');
  }, 120_000);
});
