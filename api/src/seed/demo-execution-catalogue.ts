import type { DemoProduct } from './demo-catalogue.js';

const spec = (code: string, strength: string, unitsPerPack: number, ceiling: string) => ({
  code,
  strength,
  unitsPerPack,
  volumeMl: null,
  ceiling,
});

/** The execution round's catalogue (nvbp-7 rules): three oral solids of a national batch, one spec each. */
export const EXECUTION_PRODUCTS: readonly DemoProduct[] = [
  {
    code: 'CLOPIDOGREL',
    name: '硫酸氢氯吡格雷片',
    form: 'oral-solid',
    volumeClass: 'general',
    strengthUnit: 'mg',
    nationalDrugCode: 'XB01ACL090A001010100513',
    representativeSpecCode: '75MG-28',
    specs: [spec('75MG-28', '75', 28, '2.6000')],
    yearlyUnits: 120_000,
  },
  {
    code: 'ROSUVASTATIN',
    name: '瑞舒伐他汀钙片',
    form: 'oral-solid',
    volumeClass: 'general',
    strengthUnit: 'mg',
    nationalDrugCode: 'XC10AAR093A001010100287',
    representativeSpecCode: '10MG-28',
    specs: [spec('10MG-28', '10', 28, '1.8000')],
    yearlyUnits: 150_000,
  },
  {
    code: 'ENTECAVIR',
    name: '恩替卡韦片',
    form: 'oral-solid',
    volumeClass: 'general',
    strengthUnit: 'mg',
    nationalDrugCode: 'XJ05AFE045A001010100362',
    representativeSpecCode: '0.5MG-28',
    specs: [spec('0.5MG-28', '0.5', 28, '0.9500')],
    yearlyUnits: 60_000,
  },
];
