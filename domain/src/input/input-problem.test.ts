import { describe, expect, it } from 'vitest';
import { joinPath, orderProblems } from './input-problem.js';

describe('joinPath (G42)', () => {
  it('uses dots for keys and brackets for 0-based indices', () => {
    expect(joinPath('products[0]', ['specs', 1, 'ceiling'])).toBe('products[0].specs[1].ceiling');
    expect(joinPath('', ['bids', 3, 'packPrice'])).toBe('bids[3].packPrice');
    expect(joinPath('ruleset', ['shortlistTable', 2])).toBe('ruleset.shortlistTable[2]');
  });

  it('names the whole document $', () => {
    expect(joinPath('', [])).toBe('$');
  });
});

describe('orderProblems', () => {
  it('orders by input section, then element, keeping the order within an element', () => {
    const paths = [
      'deadline',
      'bids[10].id',
      'bids[2].packPrice',
      'bids[2].id',
      'regions',
      '$',
      'ruleset.foo',
      'products[0].name',
    ];
    const ordered = orderProblems(paths.map((path) => ({ path, message: 'm' }))).map((p) => p.path);
    expect(ordered).toEqual([
      '$',
      'ruleset.foo',
      'regions',
      'products[0].name',
      'bids[2].packPrice',
      'bids[2].id',
      'bids[10].id',
      'deadline',
    ]);
  });
});
