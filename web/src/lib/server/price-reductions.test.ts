import { describe, expect, it } from 'vitest';
import { priceReductionsSvg } from './price-reductions';

const bid = (outcome: string, reduction: string | null) => ({ outcome, reduction });

describe('price reductions by product', () => {
  it('draws one bar per product with a winner: its deepest winning reduction', () => {
    const svg = priceReductionsSvg(
      {
        roundId: 'r1',
        seq: 1,
        products: [
          {
            productId: 'AMLO',
            productName: '氨氯地平片',
            bids: [bid('winner', '0.5312'), bid('winner', '0.6120'), bid('loser', '0.9000')],
          },
          { productId: 'ATOR', productName: '阿托伐他汀钙片', bids: [bid('revival-winner', '0.4800')] },
          { productId: 'NONE', productName: '无人中选', bids: [bid('loser', '0.1000')] },
        ],
      },
      'zh-CN',
    );
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('氨氯地平片');
    expect(svg).toContain('61.20%'); // the deepest winner, not the loser's 90%
    expect(svg).not.toContain('90.00%');
    expect(svg).toContain('48.00%');
    expect(svg).not.toContain('无人中选');
  });

  it('is null when no product has a winner', () => {
    expect(priceReductionsSvg({ roundId: 'r2', seq: 1, products: [] }, 'zh-CN')).toBeNull();
  });
});
