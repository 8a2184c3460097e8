import { describe, expect, it } from 'vitest';
import { filterLines, grandTotal, totalsByRegion, type AgreedVolumeLine } from './agreed-volumes';

const line = (over: Partial<AgreedVolumeLine>): AgreedVolumeLine => ({
  productCode: 'AMLO',
  productName: '氨氯地平片',
  group: null,
  hospitalId: 'h1',
  hospitalName: '北京协和医院',
  regionId: 'BJ',
  regionName: '北京市',
  companyId: 'c1',
  companyName: '京华康泰制药有限公司',
  specCode: 'S10',
  unitsPerPack: 28,
  agreedVolume: 2800,
  awardedPrice: '5.60',
  amount: '560.00',
  ...over,
});

describe('agreed volume subtotals (the volumes page)', () => {
  it('sums units exactly and money with decimal.js, by product and region', () => {
    const lines = [
      line({ amount: '0.10' }),
      line({ hospitalId: 'h2', amount: '0.20' }),
      line({ regionId: 'TJ', regionName: '天津市', hospitalId: 'h3', agreedVolume: 9_007_199_254_740_991 }),
      line({ regionId: 'TJ', regionName: '天津市', hospitalId: 'h4', agreedVolume: 2 }),
    ];
    const [bj, tj] = totalsByRegion(lines);
    // 0.1 + 0.2 in floating point is 0.30000000000000004
    expect(bj).toMatchObject({ regionId: 'BJ', hospitals: 2, agreedVolume: '5600', amount: '0.30' });
    // past 2^53, still exact
    expect(tj).toMatchObject({ regionId: 'TJ', hospitals: 2, agreedVolume: '9007199254740993' });
    expect(grandTotal(lines)).toEqual({ agreedVolume: '9007199254746593', amount: '1120.30' });
  });

  it('keeps one awarded price per subtotal only when the lines agree on it', () => {
    const [mixed] = totalsByRegion([line({}), line({ hospitalId: 'h2', awardedPrice: '5.70' })]);
    expect(mixed?.awardedPrice).toBeNull();
  });

  it('filters by product and region', () => {
    const lines = [line({}), line({ productCode: 'ATOR' }), line({ regionId: 'TJ' })];
    expect(filterLines(lines, { product: 'AMLO', region: 'BJ' })).toHaveLength(1);
    expect(filterLines(lines, { product: '', region: '' })).toHaveLength(3);
  });
});
