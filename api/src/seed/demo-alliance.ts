import { usccCheckCharacter } from '@jicai/domain';

// The demo alliance's data: every province-level region, realistic hospitals per region, and
// fictitious pharmaceutical companies (names invented, so that no real company is shown with a
// credit rating). Deterministic: the same clone always seeds the same alliance.

export interface DemoRegion {
  readonly code: string;
  readonly name: string;
  /** GB/T 2260 division code of the capital (or of the municipality), used in the USCCs */
  readonly division: string;
  /** prefixes of generated hospital names: cities, or districts of a municipality */
  readonly cities: readonly string[];
  /** well-known hospitals, listed first (the region's demo hospital user is the first) */
  readonly famous: readonly string[];
  /** how many hospitals the region brings to the alliance */
  readonly hospitals: number;
}

export const DEMO_REGIONS: readonly DemoRegion[] = [
  {
    code: 'BJ',
    name: '北京市',
    division: '110000',
    hospitals: 12,
    cities: ['北京市朝阳区', '北京市海淀区', '北京市丰台区'],
    famous: [
      '北京协和医院',
      '北京大学第一医院',
      '北京大学人民医院',
      '北京大学第三医院',
      '首都医科大学附属北京天坛医院',
      '首都医科大学附属北京安贞医院',
      '中日友好医院',
      '北京医院',
    ],
  },
  {
    code: 'TJ',
    name: '天津市',
    division: '120000',
    hospitals: 9,
    cities: ['天津市和平区', '天津市南开区', '天津市滨海新区'],
    famous: ['天津医科大学总医院', '天津市第一中心医院', '天津医科大学肿瘤医院'],
  },
  {
    code: 'HE',
    name: '河北省',
    division: '130100',
    hospitals: 9,
    cities: ['石家庄市', '唐山市', '保定市'],
    famous: ['河北医科大学第二医院', '河北省人民医院', '河北医科大学第四医院'],
  },
  {
    code: 'SX',
    name: '山西省',
    division: '140100',
    hospitals: 9,
    cities: ['太原市', '大同市', '长治市'],
    famous: ['山西医科大学第一医院', '山西省人民医院', '山西白求恩医院'],
  },
  {
    code: 'NM',
    name: '内蒙古自治区',
    division: '150100',
    hospitals: 9,
    cities: ['呼和浩特市', '包头市', '赤峰市'],
    famous: ['内蒙古医科大学附属医院', '内蒙古自治区人民医院', '包头市中心医院'],
  },
  {
    code: 'LN',
    name: '辽宁省',
    division: '210100',
    hospitals: 9,
    cities: ['沈阳市', '大连市', '鞍山市'],
    famous: ['中国医科大学附属第一医院', '中国医科大学附属盛京医院', '大连医科大学附属第一医院'],
  },
  {
    code: 'JL',
    name: '吉林省',
    division: '220100',
    hospitals: 9,
    cities: ['长春市', '吉林市', '延吉市'],
    famous: ['吉林大学第一医院', '吉林大学中日联谊医院', '吉林省人民医院'],
  },
  {
    code: 'HL',
    name: '黑龙江省',
    division: '230100',
    hospitals: 9,
    cities: ['哈尔滨市', '齐齐哈尔市', '大庆市'],
    famous: ['哈尔滨医科大学附属第一医院', '哈尔滨医科大学附属第二医院', '黑龙江省医院'],
  },
  {
    code: 'SH',
    name: '上海市',
    division: '310000',
    hospitals: 12,
    cities: ['上海市浦东新区', '上海市闵行区', '上海市徐汇区'],
    famous: [
      '复旦大学附属中山医院',
      '复旦大学附属华山医院',
      '上海交通大学医学院附属瑞金医院',
      '上海交通大学医学院附属仁济医院',
      '上海市第六人民医院',
      '上海市第一人民医院',
      '上海市东方医院',
    ],
  },
  {
    code: 'JS',
    name: '江苏省',
    division: '320100',
    hospitals: 12,
    cities: ['南京市', '苏州市', '无锡市', '徐州市'],
    famous: ['江苏省人民医院', '南京鼓楼医院', '东南大学附属中大医院', '苏州大学附属第一医院'],
  },
  {
    code: 'ZJ',
    name: '浙江省',
    division: '330100',
    hospitals: 12,
    cities: ['杭州市', '宁波市', '温州市', '绍兴市'],
    famous: [
      '浙江大学医学院附属第一医院',
      '浙江大学医学院附属第二医院',
      '浙江省人民医院',
      '温州医科大学附属第一医院',
    ],
  },
  {
    code: 'AH',
    name: '安徽省',
    division: '340100',
    hospitals: 9,
    cities: ['合肥市', '芜湖市', '蚌埠市'],
    famous: ['安徽医科大学第一附属医院', '安徽省立医院', '皖南医学院弋矶山医院'],
  },
  {
    code: 'FJ',
    name: '福建省',
    division: '350100',
    hospitals: 9,
    cities: ['福州市', '厦门市', '泉州市'],
    famous: ['福建医科大学附属协和医院', '福建省立医院', '厦门大学附属中山医院'],
  },
  {
    code: 'JX',
    name: '江西省',
    division: '360100',
    hospitals: 9,
    cities: ['南昌市', '赣州市', '九江市'],
    famous: ['南昌大学第一附属医院', '南昌大学第二附属医院', '江西省人民医院'],
  },
  {
    code: 'SD',
    name: '山东省',
    division: '370100',
    hospitals: 12,
    cities: ['济南市', '青岛市', '烟台市', '潍坊市'],
    famous: ['山东大学齐鲁医院', '山东省立医院', '青岛大学附属医院', '山东第一医科大学第一附属医院'],
  },
  {
    code: 'HA',
    name: '河南省',
    division: '410100',
    hospitals: 9,
    cities: ['郑州市', '洛阳市', '新乡市'],
    famous: ['郑州大学第一附属医院', '河南省人民医院', '河南省肿瘤医院'],
  },
  {
    code: 'HB',
    name: '湖北省',
    division: '420100',
    hospitals: 12,
    cities: ['武汉市', '宜昌市', '襄阳市', '十堰市'],
    famous: [
      '华中科技大学同济医学院附属同济医院',
      '华中科技大学同济医学院附属协和医院',
      '武汉大学人民医院',
      '武汉大学中南医院',
    ],
  },
  {
    code: 'HN',
    name: '湖南省',
    division: '430100',
    hospitals: 9,
    cities: ['长沙市', '株洲市', '衡阳市'],
    famous: ['中南大学湘雅医院', '中南大学湘雅二医院', '湖南省人民医院'],
  },
  {
    code: 'GD',
    name: '广东省',
    division: '440100',
    hospitals: 12,
    cities: ['广州市', '深圳市', '佛山市', '东莞市'],
    famous: [
      '中山大学附属第一医院',
      '广东省人民医院',
      '南方医科大学南方医院',
      '中山大学孙逸仙纪念医院',
      '广州医科大学附属第一医院',
      '深圳市人民医院',
    ],
  },
  {
    code: 'GX',
    name: '广西壮族自治区',
    division: '450100',
    hospitals: 9,
    cities: ['南宁市', '柳州市', '桂林市'],
    famous: ['广西医科大学第一附属医院', '广西壮族自治区人民医院', '桂林医学院附属医院'],
  },
  {
    code: 'HI',
    name: '海南省',
    division: '460100',
    hospitals: 6,
    cities: ['海口市', '三亚市'],
    famous: ['海南省人民医院', '海南医学院第一附属医院'],
  },
  {
    code: 'CQ',
    name: '重庆市',
    division: '500000',
    hospitals: 9,
    cities: ['重庆市渝中区', '重庆市万州区', '重庆市涪陵区'],
    famous: ['重庆医科大学附属第一医院', '重庆医科大学附属第二医院', '重庆市人民医院'],
  },
  {
    code: 'SC',
    name: '四川省',
    division: '510100',
    hospitals: 12,
    cities: ['成都市', '绵阳市', '南充市', '泸州市'],
    famous: ['四川大学华西医院', '四川省人民医院', '西南医科大学附属医院', '川北医学院附属医院'],
  },
  {
    code: 'GZ',
    name: '贵州省',
    division: '520100',
    hospitals: 9,
    cities: ['贵阳市', '遵义市', '六盘水市'],
    famous: ['贵州医科大学附属医院', '贵州省人民医院', '遵义医科大学附属医院'],
  },
  {
    code: 'YN',
    name: '云南省',
    division: '530100',
    hospitals: 9,
    cities: ['昆明市', '曲靖市', '大理市'],
    famous: ['昆明医科大学第一附属医院', '云南省第一人民医院', '云南省肿瘤医院'],
  },
  {
    code: 'XZ',
    name: '西藏自治区',
    division: '540100',
    hospitals: 6,
    cities: ['拉萨市', '日喀则市'],
    famous: ['西藏自治区人民医院', '西藏自治区藏医院'],
  },
  {
    code: 'SN',
    name: '陕西省',
    division: '610100',
    hospitals: 9,
    cities: ['西安市', '宝鸡市', '咸阳市'],
    famous: ['西安交通大学第一附属医院', '西安交通大学第二附属医院', '陕西省人民医院'],
  },
  {
    code: 'GS',
    name: '甘肃省',
    division: '620100',
    hospitals: 9,
    cities: ['兰州市', '天水市', '酒泉市'],
    famous: ['兰州大学第一医院', '兰州大学第二医院', '甘肃省人民医院'],
  },
  {
    code: 'QH',
    name: '青海省',
    division: '630100',
    hospitals: 6,
    cities: ['西宁市', '格尔木市'],
    famous: ['青海大学附属医院', '青海省人民医院'],
  },
  {
    code: 'NX',
    name: '宁夏回族自治区',
    division: '640100',
    hospitals: 6,
    cities: ['银川市', '石嘴山市'],
    famous: ['宁夏医科大学总医院', '宁夏回族自治区人民医院'],
  },
  {
    code: 'XJ',
    name: '新疆维吾尔自治区',
    division: '650100',
    hospitals: 9,
    cities: ['乌鲁木齐市', '喀什市', '伊宁市'],
    famous: ['新疆医科大学第一附属医院', '新疆维吾尔自治区人民医院', '新疆医科大学附属肿瘤医院'],
  },
  {
    code: 'BT',
    name: '新疆生产建设兵团',
    division: '659001',
    hospitals: 6,
    cities: ['石河子市', '五家渠市', '阿拉尔市'],
    famous: ['新疆生产建设兵团医院', '石河子大学医学院第一附属医院'],
  },
];

/** Generated names after the famous ones: each city's hospitals in turn, never the same name twice. */
const GENERATED_SUFFIXES = [
  '第一人民医院',
  '中医医院',
  '第二人民医院',
  '妇幼保健院',
  '中心医院',
  '第三人民医院',
];

export interface DemoHospital {
  readonly regionCode: string;
  /** 1-based within the region: hospital.<region><n> */
  readonly n: number;
  readonly name: string;
  readonly uscc: string;
  /** a tertiary (三甲) teaching hospital reports about three times a city hospital's volume */
  readonly tertiary: boolean;
}

/** A valid 统一社会信用代码: registration authority + type, division, 9-character body, check character. */
export function demoUscc(prefix: '12' | '91', division: string, serial: number): string {
  const first17 = `${prefix}${division}${String(serial).padStart(9, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

/** Hospitals are public institutions (事业单位: 12…), numbered per region from the famous ones on. */
export function demoHospitals(): DemoHospital[] {
  return DEMO_REGIONS.flatMap((region, r) => {
    const names = [...region.famous];
    for (let i = 0; names.length < region.hospitals; i++) {
      const city = region.cities[i % region.cities.length] as string;
      const suffix = GENERATED_SUFFIXES[Math.floor(i / region.cities.length)] as string;
      names.push(`${city}${suffix}`);
    }
    return names.map((name, i) => ({
      regionCode: region.code,
      n: i + 1,
      name,
      uscc: demoUscc('12', region.division, 400_000_000 + r * 1000 + i + 1),
      tertiary: i < region.famous.length,
    }));
  });
}

export interface DemoCompany {
  /** 1-based: company.c01 … */
  readonly n: number;
  readonly name: string;
  readonly uscc: string;
  /** 0 no rating, 1 一般, 2 中等, 3 严重 (excluded from bidding by nvbp-7), 4 特别严重 */
  readonly creditRank: number;
  readonly affiliateGroup: string | null;
  readonly regionsSuppliedLastYear: number;
  readonly salesVolume: number;
}

/** [name, division of its seat]: fictitious companies (企业法人: 91…). */
const COMPANIES: readonly (readonly [string, string])[] = [
  ['京华康泰制药有限公司', '110105'],
  ['津沽瑞达药业股份有限公司', '120116'],
  ['石门华康制药有限公司', '130100'],
  ['晋阳神禾药业有限公司', '140100'],
  ['辽沈东宇药业有限公司', '210100'],
  ['长白山参元制药有限公司', '220100'],
  ['申江医药科技股份有限公司', '310115'],
  ['金陵安泰药业有限公司', '320100'],
  ['苏州禾润制药有限公司', '320500'],
  ['钱塘康宁药业股份有限公司', '330100'],
  ['台州华源制药有限公司', '331000'],
  ['徽安生物医药有限公司', '340100'],
  ['闽江天泽制药有限公司', '350100'],
  ['洪都济民药业有限公司', '360100'],
  ['泉城安和药业有限公司', '370100'],
  ['青岛海纳制药有限公司', '370200'],
  ['中原康嘉制药有限公司', '410100'],
  ['楚天长江药业股份有限公司', '420100'],
  ['湘江九华制药有限公司', '430100'],
  ['岭南康华药业有限公司', '440100'],
  ['深圳瑞信生物制药有限公司', '440300'],
  ['八桂壮乡药业有限公司', '450100'],
  ['巴渝天元制药有限公司', '500000'],
  ['蜀都锦康药业有限公司', '510100'],
  ['黔中苗岭制药有限公司', '520100'],
  ['滇池云杉药业有限公司', '530100'],
  ['秦川汉唐制药有限公司', '610100'],
  ['陇原丝路药业有限公司', '620100'],
  ['天山雪域制药有限公司', '650100'],
  ['海口椰岛药业有限公司', '460100'],
  ['申江（苏州）制药有限公司', '320500'],
];

/** A couple of ranks 1–2, one 3 (credit-excluded), and 申江 with its Suzhou subsidiary as affiliates. */
const CREDIT_RANKS: Readonly<Record<number, number>> = { 12: 1, 20: 2, 26: 3 };
const AFFILIATES: Readonly<Record<number, string>> = { 7: '申江医药集团', 31: '申江医药集团' };

export function demoCompanies(): DemoCompany[] {
  const random = demoRandom(7);
  return COMPANIES.map(([name, division], i) => {
    const n = i + 1;
    return {
      n,
      name,
      uscc: demoUscc('91', division, 700_000_000 + n * 37),
      creditRank: CREDIT_RANKS[n] ?? 0,
      affiliateGroup: AFFILIATES[n] ?? null,
      regionsSuppliedLastYear: 4 + Math.floor(random() * 28),
      salesVolume: 1_000_000 * (2 + Math.floor(random() * 60)),
    };
  });
}

/** A small seeded generator (mulberry32): demo quantities vary, yet every seed run is identical. */
export function demoRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
