import type { Form, VolumeClass } from '@jicai/domain';

// The demo rounds' catalogues. Ceilings are per smallest unit (tablet, capsule, vial), 4 decimals;
// within a product they follow the strength base 1.7 (doubling the strength × 1.7), as the office
// derives them from the representative spec. National drug codes follow the NHSA pattern
// X + ATC level 4 + dosage form and serials (23 characters).

export interface DemoSpec {
  readonly code: string;
  readonly strength: string;
  readonly unitsPerPack: number;
  readonly volumeMl: string | null;
  readonly ceiling: string;
}

export interface DemoProduct {
  readonly code: string;
  readonly name: string;
  readonly form: Form;
  readonly volumeClass: VolumeClass;
  readonly strengthUnit: string;
  readonly nationalDrugCode: string;
  readonly representativeSpecCode: string;
  readonly specs: readonly DemoSpec[];
  /** a tertiary hospital's yearly use of the product, in smallest units */
  readonly yearlyUnits: number;
}

const spec = (
  code: string,
  strength: string,
  unitsPerPack: number,
  ceiling: string,
  volumeMl: string | null = null,
): DemoSpec => ({ code, strength, unitsPerPack, volumeMl, ceiling });

/** The bidding round (nvbp-7): eight products of a national batch, two or three specs each. */
export const BIDDING_PRODUCTS: readonly DemoProduct[] = [
  {
    code: 'ATORVASTATIN',
    name: '阿托伐他汀钙片',
    form: 'oral-solid',
    volumeClass: 'general',
    strengthUnit: 'mg',
    nationalDrugCode: 'XC10AAA052A001010100483',
    representativeSpecCode: '20MG-28',
    specs: [
      spec('10MG-28', '10', 28, '1.7647'),
      spec('20MG-28', '20', 28, '3.0000'),
      spec('40MG-14', '40', 14, '5.1000'),
    ],
    yearlyUnits: 180_000,
  },
  {
    code: 'AMLODIPINE',
    name: '氨氯地平片',
    form: 'oral-solid',
    volumeClass: 'general',
    strengthUnit: 'mg',
    nationalDrugCode: 'XC08CAA026A001010100071',
    representativeSpecCode: '5MG-28',
    specs: [spec('5MG-28', '5', 28, '0.5000'), spec('10MG-14', '10', 14, '0.8500')],
    yearlyUnits: 240_000,
  },
  {
    code: 'METFORMIN-XR',
    name: '二甲双胍缓释片',
    form: 'oral-solid',
    volumeClass: 'general',
    strengthUnit: 'mg',
    nationalDrugCode: 'XA10BAE028A010010100219',
    representativeSpecCode: '500MG-30',
    specs: [spec('500MG-30', '500', 30, '0.4000'), spec('1000MG-30', '1000', 30, '0.6800')],
    yearlyUnits: 300_000,
  },
  {
    code: 'CEFUROXIME-AXETIL',
    name: '头孢呋辛酯片',
    form: 'oral-solid',
    volumeClass: 'designated-anti-infective',
    strengthUnit: 'mg',
    nationalDrugCode: 'XJ01DCT051A001010100355',
    representativeSpecCode: '250MG-12',
    specs: [spec('125MG-12', '125', 12, '0.8824'), spec('250MG-12', '250', 12, '1.5000')],
    yearlyUnits: 60_000,
  },
  {
    code: 'OMEPRAZOLE',
    name: '奥美拉唑肠溶胶囊',
    form: 'oral-solid',
    volumeClass: 'general',
    strengthUnit: 'mg',
    nationalDrugCode: 'XA02BCA059E001010100342',
    representativeSpecCode: '20MG-14',
    specs: [
      spec('10MG-14', '10', 14, '0.7059'),
      spec('20MG-14', '20', 14, '1.2000'),
      spec('20MG-28', '20', 28, '1.2000'),
    ],
    yearlyUnits: 120_000,
  },
  {
    code: 'CEFTRIAXONE-INJ',
    name: '注射用头孢曲松钠',
    form: 'injection',
    volumeClass: 'designated-anti-infective',
    strengthUnit: 'g',
    nationalDrugCode: 'XJ01DDT088B001010100768',
    representativeSpecCode: '1G',
    specs: [
      spec('0.5G', '0.5', 1, '3.5294', '10'),
      spec('1G', '1', 1, '6.0000', '10'),
      spec('2G', '2', 1, '10.2000', '20'),
    ],
    yearlyUnits: 45_000,
  },
  {
    code: 'ROSUVASTATIN',
    name: '瑞舒伐他汀钙片',
    form: 'oral-solid',
    volumeClass: 'general',
    strengthUnit: 'mg',
    nationalDrugCode: 'XC10AAR121A001010100625',
    representativeSpecCode: '10MG-28',
    specs: [
      spec('5MG-28', '5', 28, '1.1765'),
      spec('10MG-28', '10', 28, '2.0000'),
      spec('20MG-7', '20', 7, '3.4000'),
    ],
    yearlyUnits: 150_000,
  },
  {
    code: 'VALSARTAN',
    name: '缬沙坦胶囊',
    form: 'oral-solid',
    volumeClass: 'general',
    strengthUnit: 'mg',
    nationalDrugCode: 'XC09CAX072E001010100514',
    representativeSpecCode: '80MG-28',
    specs: [spec('40MG-28', '40', 28, '0.9412'), spec('80MG-28', '80', 28, '1.6000')],
    yearlyUnits: 90_000,
  },
];

/** The round in demand reporting (nvbp-11): the next batch's products, reported by name or brand. */
export const DEMAND_PRODUCTS: readonly DemoProduct[] = [
  {
    code: 'RIVAROXABAN',
    name: '利伐沙班片',
    form: 'oral-solid',
    volumeClass: 'general',
    strengthUnit: 'mg',
    nationalDrugCode: 'XB01AFL016A001010100932',
    representativeSpecCode: '10MG-10',
    specs: [spec('10MG-10', '10', 10, '4.2000'), spec('20MG-7', '20', 7, '7.1400')],
    yearlyUnits: 40_000,
  },
  {
    code: 'TICAGRELOR',
    name: '替格瑞洛片',
    form: 'oral-solid',
    volumeClass: 'general',
    strengthUnit: 'mg',
    nationalDrugCode: 'XB01ACT172A001010100847',
    representativeSpecCode: '90MG-14',
    specs: [spec('60MG-14', '60', 14, '3.9000'), spec('90MG-14', '90', 14, '5.2000')],
    yearlyUnits: 30_000,
  },
  {
    code: 'DAPAGLIFLOZIN',
    name: '达格列净片',
    form: 'oral-solid',
    volumeClass: 'general',
    strengthUnit: 'mg',
    nationalDrugCode: 'XA10BKD069A001010100158',
    representativeSpecCode: '10MG-14',
    specs: [spec('5MG-14', '5', 14, '2.4706'), spec('10MG-14', '10', 14, '4.2000')],
    yearlyUnits: 60_000,
  },
  {
    code: 'LEVOFLOXACIN',
    name: '左氧氟沙星片',
    form: 'oral-solid',
    volumeClass: 'designated-anti-infective',
    strengthUnit: 'mg',
    nationalDrugCode: 'XJ01MAZ052A001010100463',
    representativeSpecCode: '500MG-4',
    specs: [spec('250MG-10', '250', 10, '0.9412'), spec('500MG-4', '500', 4, '1.6000')],
    yearlyUnits: 25_000,
  },
  {
    code: 'ENTECAVIR',
    name: '恩替卡韦片',
    form: 'oral-solid',
    volumeClass: 'general',
    strengthUnit: 'mg',
    nationalDrugCode: 'XJ05AFE064A001010100290',
    representativeSpecCode: '0.5MG-28',
    specs: [spec('0.5MG-28', '0.5', 28, '0.9000'), spec('1MG-28', '1', 28, '1.5300')],
    yearlyUnits: 50_000,
  },
];
