import { describe, expect, it } from 'vitest';
import type { AgreedVolumeLine } from './agreed-volumes';
import { volumesOverview } from './volumes-overview';
import { progressBand } from '../demand/progress-band';

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
const TEXT = { otherCompanies: '其他企业', otherProducts: '其他品种', unit: '万' };

describe('the agreed volumes overview', () => {
  it('adds amounts exactly by region and by company, largest first, and draws both charts', () => {
    const lines = [
      line({ amount: '0.10' }),
      line({ hospitalId: 'h2', amount: '0.20' }),
      line({
        regionId: 'TJ',
        regionName: '天津市',
        hospitalId: 'h3',
        companyId: 'c2',
        companyName: '津药',
        amount: '9007199254740993.01',
      }),
      line({
        productCode: 'ATOR',
        productName: '阿托伐他汀钙片',
        companyId: 'c2',
        companyName: '津药',
        amount: null,
      }),
    ];
    const o = volumesOverview('test|1', lines, TEXT);
    expect(o.regions.map((r) => [r.name, r.hospitals, r.spread, r.lines, r.amount])).toEqual([
      ['天津市', 1, 1, 1, '9007199254740993.01'],
      ['北京市', 2, 2, 3, '0.30'],
    ]);
    expect(o.companies.map((c) => [c.name, c.spread, c.regions, c.amount])).toEqual([
      ['津药', 2, 2, '9007199254740993.01'],
      ['京华康泰制药有限公司', 1, 1, '0.30'],
    ]);
    expect(o.regionChart).toMatch(/^<svg/);
    expect(o.regionChart).toContain('天津市');
    expect(o.companyChart).toContain('阿托伐他汀钙片');
  });

  it('keeps seven companies apart in the region chart and puts the rest together', () => {
    const lines = Array.from({ length: 10 }, (_, i) =>
      line({ companyId: `c${i}`, companyName: `企业${i}`, amount: String(100 + i) }),
    );
    const svg = volumesOverview('test|2', lines, TEXT).regionChart;
    expect(svg).toContain('其他企业');
    expect(svg).toContain('企业9');
    expect(svg).not.toContain('企业0<');
  });
});

describe('demand progress bands', () => {
  it('says none, under half, half or more, all', () => {
    expect([progressBand(0, 9), progressBand(4, 9), progressBand(5, 10), progressBand(9, 9)]).toEqual([
      'none',
      'started',
      'half',
      'done',
    ]);
  });
});
