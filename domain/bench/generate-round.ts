/**
 * A deterministic generator of national-scale rounds for the benchmark: the evaluation contract's input
 * JSON (docs/rules.md §4) as one compact JSON string. Seeded PRNG only, never Math.random:
 * the same options give the same bytes.
 *
 * Shape of a generated round (defaults in brackets):
 * - P products [65], each 2–4 specs (5 / 10 / 20 mg × 7 / 14 / 28 per pack), a per-unit ceiling;
 * - B bids [800] spread over the products (≈ 12 each), every bid of a product from a distinct
 *   company drawn out of a pool of C companies [450]; prices ≈ ceiling × 0.2–0.9; most bids
 *   consistency-evaluated; a few invalid (credit, violation list, quality failure, no evaluation);
 * - I institutions × P products demand lines (every institution reports every product), the
 *   institution's region assigned by index, quantity 1,000–500,000 (log-uniform);
 * - R regions [32], the province codes below.
 *
 * Demand lines omit their optional null fields (G53: a nullable field may be omitted) to keep the
 * text compact: 3 M lines are ≈ 230 MB, under V8's maximum string length (≈ 512 MiB).
 */

export const PROVINCES = [
  'BJ',
  'TJ',
  'HE',
  'SX',
  'NM',
  'LN',
  'JL',
  'HL',
  'SH',
  'JS',
  'ZJ',
  'AH',
  'FJ',
  'JX',
  'SD',
  'HA',
  'HB',
  'HN',
  'GD',
  'GX',
  'HI',
  'CQ',
  'SC',
  'GZ',
  'YN',
  'XZ',
  'SN',
  'GS',
  'QH',
  'NX',
  'XJ',
  'BT',
] as const;

export interface RoundShape {
  readonly products: number;
  readonly bids: number;
  readonly institutions: number;
  readonly regions: number;
  /** size of the company pool bids are drawn from */
  readonly companies: number;
  readonly ruleset: string;
  /** share of demand lines reported by brand (brandCompanyId set); 0 omits the field everywhere */
  readonly brandShare: number;
  readonly seed: number;
}

export const DEFAULT_SHAPE: RoundShape = {
  products: 65,
  bids: 800,
  institutions: 46_000,
  regions: 32,
  companies: 450,
  ruleset: 'nvbp-7',
  brandShare: 0,
  seed: 20261120,
};

export interface GeneratedRound {
  readonly text: string;
  readonly demandLines: number;
  readonly bids: number;
  readonly products: number;
  readonly companiesUsed: number;
}

/** The same round as a sequence of text chunks, produced as they are read (10 M lines ≈ 770 MB). */
export interface GeneratedRoundChunks {
  readonly chunks: Generator<string, void, undefined>;
  readonly demandLines: number;
  readonly bids: number;
  readonly products: number;
  readonly companiesUsed: number;
}

/** sfc32 seeded through splitmix32: small, fast, good enough for test data, fully deterministic. */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** [0, 1) */
  float(): number {
    return this.nextUint32() / 4294967296;
  }

  /** an integer in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** k distinct items in random order (partial Fisher–Yates on a copy). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.float() * (copy.length - i));
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    return copy.slice(0, n);
  }
}

const DRUG_NAMES = [
  '阿托伐他汀钙片',
  '瑞舒伐他汀钙片',
  '氨氯地平片',
  '厄贝沙坦片',
  '缬沙坦胶囊',
  '氯吡格雷片',
  '恩替卡韦片',
  '替诺福韦片',
  '二甲双胍片',
  '格列美脲片',
  '阿卡波糖片',
  '西格列汀片',
  '孟鲁司特钠片',
  '奥美拉唑肠溶胶囊',
  '雷贝拉唑钠肠溶片',
  '艾司奥美拉唑镁肠溶片',
  '头孢呋辛酯片',
  '左氧氟沙星片',
  '莫西沙星片',
  '阿莫西林胶囊',
  '氟康唑胶囊',
  '伏立康唑片',
  '利伐沙班片',
  '替格瑞洛片',
  '奥氮平片',
  '喹硫平片',
  '阿立哌唑片',
  '度洛西汀肠溶胶囊',
  '舍曲林片',
  '帕罗西汀片',
  '左乙拉西坦片',
  '普瑞巴林胶囊',
  '塞来昔布胶囊',
  '依托考昔片',
  '来曲唑片',
  '阿那曲唑片',
  '吉非替尼片',
  '伊马替尼片',
  '卡培他滨片',
  '坦索罗辛缓释胶囊',
  '非布司他片',
  '别嘌醇片',
  '骨化三醇软胶囊',
  '阿法骨化醇片',
  '甲钴胺片',
  '多奈哌齐片',
  '美金刚片',
  '普拉克索片',
  '罗匹尼罗片',
  '托法替布片',
  '沙库巴曲缬沙坦钠片',
  '达格列净片',
  '恩格列净片',
  '利格列汀片',
  '缬沙坦氢氯噻嗪片',
  '苯磺酸左氨氯地平片',
  '硝苯地平控释片',
  '美托洛尔缓释片',
  '比索洛尔片',
  '卡维地洛片',
  '螺内酯片',
  '托伐普坦片',
  '注射用头孢曲松钠',
  '注射用美罗培南',
  '注射用奥美拉唑钠',
];

const STRENGTHS = [5, 10, 20] as const;
const PACKS = [7, 14, 28] as const;

interface GenSpec {
  id: string;
  strength: number;
  unitsPerPack: number;
  volumeMl: string | null;
  /** per unit, 4 decimals */
  ceiling: number;
}

interface GenProduct {
  id: string;
  name: string;
  form: 'oral-solid' | 'injection';
  volumeClass: 'general' | 'designated-anti-infective' | 'exclusive';
  representativeSpecId: string;
  specs: GenSpec[];
}

interface GenCompany {
  id: string;
  json: string;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
/** A generated number as a decimal string with `places` decimals, through integer units (no float formatting). */
const asDecimal = (units: number, places: number): string => {
  const scale = 10 ** places;
  return `${Math.floor(units / scale)}.${String(units % scale).padStart(places, '0')}`;
};
const fixed4 = (x: number): string => asDecimal(Math.round(x * 10000), 4);

function makeProducts(rng: Prng, count: number): GenProduct[] {
  const products: GenProduct[] = [];
  for (let p = 0; p < count; p++) {
    const id = `P${pad(p + 1, 3)}`;
    const injection = p % 13 === 12;
    const volumeClass = p % 11 === 5 ? 'designated-anti-infective' : p % 29 === 17 ? 'exclusive' : 'general';
    const specCount = rng.int(2, 4);
    // distinct (strength, pack) pairs; the representative is the first spec (10 mg when present)
    const combos: [number, number][] = [];
    for (const s of STRENGTHS) for (const u of PACKS) combos.push([s, u]);
    const chosen = rng
      .sample(combos, specCount)
      .sort((x, y) => Math.abs(x[0] - 10) - Math.abs(y[0] - 10) || x[1] - y[1]);
    const rep = chosen[0] as [number, number];
    const baseCeiling = 0.3 + rng.float() * 4.7; // per unit of the representative spec, yuan
    const specs = chosen.map(([strength, unitsPerPack], i): GenSpec => {
      // the docs/rules.md §5 strength relation: doubling the strength multiplies the price by 1.7
      const ceiling = baseCeiling * Math.pow(1.7, Math.log2(strength / rep[0]));
      return {
        id: `${id}-S${i + 1}`,
        strength,
        unitsPerPack: injection ? 1 : unitsPerPack,
        volumeMl: injection ? '2' : null,
        ceiling: Math.max(0.0101, Math.round(ceiling * 10000) / 10000),
      };
    });
    products.push({
      id,
      name: DRUG_NAMES[p % DRUG_NAMES.length] ?? `药品${p + 1}`,
      form: injection ? 'injection' : 'oral-solid',
      volumeClass,
      representativeSpecId: (specs[0] as GenSpec).id,
      specs,
    });
  }
  return products;
}

function makeCompanies(rng: Prng, count: number): GenCompany[] {
  const companies: GenCompany[] = [];
  for (let c = 0; c < count; c++) {
    const roll = rng.float();
    const creditRank = roll < 0.9 ? 0 : roll < 0.96 ? 1 : roll < 0.985 ? 2 : 3;
    const company = {
      creditRank,
      regionsSuppliedLastYear: rng.int(0, 31),
      salesVolume: rng.int(10_000, 500_000_000),
      affiliateGroup: rng.chance(0.04) ? `G${pad(rng.int(1, 6), 2)}` : null,
      annualCapacity: rng.int(1_000_000, 2_000_000_000),
      onViolationList: rng.chance(0.01),
      qualityFailureOn: rng.chance(0.02) ? `202${rng.int(3, 6)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}` : null,
    };
    companies.push({ id: `C${pad(c + 1, 4)}`, json: JSON.stringify(company) });
  }
  return companies;
}

function bidJson(
  rng: Prng,
  id: string,
  product: GenProduct,
  company: GenCompany,
  regions: readonly string[],
  originator: boolean,
  revivalAnswers: boolean,
): string {
  const spec = rng.pick(product.specs);
  // unit price ≈ ceiling × 0.2–0.9, rounded to a 2-decimal pack price, never above the ceiling
  const unit = spec.ceiling * (0.2 + rng.float() * 0.7);
  const packPrice = asDecimal(Math.max(1, Math.floor(unit * spec.unitsPerPack * 100)), 2);
  const evaluated = originator ? rng.chance(0.3) : rng.chance(0.97);
  const bid = {
    id,
    productId: product.id,
    specId: spec.id,
    companyId: company.id,
    packPrice,
    submittedAt: `2026-11-20T${pad(rng.int(8, 10), 2)}:${pad(rng.int(0, 59), 2)}:${pad(rng.int(0, 59), 2)}+08:00`,
    originator,
    consistencyPassedOn: evaluated
      ? `20${rng.int(17, 26)}-${pad(rng.int(1, 10), 2)}-${pad(rng.int(1, 28), 2)}`
      : null,
    approvalDate: `20${pad(rng.int(0, 22), 2)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
    group: null,
    marketVolume: rng.int(0, 50_000_000),
    technicalPass: null,
    // revival rulesets (nvbp-10, nvbp-11): every offer already answered, so products come out awarded
    revival: revivalAnswers ? (rng.chance(0.7) ? 'accept' : 'decline') : null,
    regionPreferences: rng.sample(regions, rng.int(0, Math.min(8, regions.length))),
  };
  // company facts are the same object text for every bid of the company (G47)
  return `${JSON.stringify(bid).slice(0, -1)},"company":${company.json}}`;
}

/**
 * Deals companies to products from a shuffled deck, reshuffled when used up, so that the whole pool
 * bids somewhere (≈ 1.8 products per company with the defaults) and no product gets a company twice.
 */
class Dealer {
  private deck: GenCompany[] = [];

  constructor(
    private readonly rng: Prng,
    private readonly pool: readonly GenCompany[],
  ) {}

  deal(n: number): GenCompany[] {
    const hand: GenCompany[] = [];
    const taken = new Set<string>();
    const count = Math.min(n, this.pool.length);
    while (hand.length < count) {
      if (this.deck.length === 0) this.deck = this.rng.sample(this.pool, this.pool.length);
      const skipped: GenCompany[] = [];
      while (hand.length < count && this.deck.length > 0) {
        const company = this.deck.pop() as GenCompany;
        if (taken.has(company.id)) skipped.push(company);
        else {
          taken.add(company.id);
          hand.push(company);
        }
      }
      this.deck.push(...skipped);
      if (hand.length < count && skipped.length > 0 && this.deck.length === skipped.length) {
        // only companies already in this hand are left: reshuffle the whole pool in after them
        this.deck = [...this.rng.sample(this.pool, this.pool.length), ...this.deck];
      }
    }
    return hand;
  }
}

/** How many bids product p gets so that the total is exactly `bids`. */
function bidsFor(p: number, products: number, bids: number): number {
  return Math.floor(((p + 1) * bids) / products) - Math.floor((p * bids) / products);
}

/** The round as compact contract JSON, in one string: rounds up to ≈ 6 M lines (V8's string limit). */
export function generateRound(partial: Partial<RoundShape> = {}): GeneratedRound {
  const { chunks, ...counts } = generateRoundChunks(partial);
  return { text: [...chunks].join(''), ...counts };
}

/**
 * The round as compact contract JSON, in chunks: everything up to the demand list at once, then the
 * demand lines 20,000 at a time as the consumer asks for them. Deterministic in `shape` (including
 * the seed); the chunks joined are the bytes of generateRound.
 */
export function generateRoundChunks(partial: Partial<RoundShape> = {}): GeneratedRoundChunks {
  const shape: RoundShape = { ...DEFAULT_SHAPE, ...partial };
  if (shape.regions < 1 || shape.regions > PROVINCES.length)
    throw new Error(`regions must be 1–${PROVINCES.length}`);
  const rng = new Prng(shape.seed);
  const regions = PROVINCES.slice(0, shape.regions);
  const products = makeProducts(rng, shape.products);
  const companies = makeCompanies(rng, shape.companies);

  const revivalAnswers = shape.ruleset === 'nvbp-10' || shape.ruleset === 'nvbp-11';
  const dealer = new Dealer(rng, companies);
  const bidTexts: string[] = [];
  const biddersByProduct: string[][] = [];
  const companiesUsed = new Set<string>();
  let bidNo = 0;
  products.forEach((product, p) => {
    const n = bidsFor(p, shape.products, shape.bids);
    const bidders = dealer.deal(n);
    biddersByProduct.push(bidders.map((c) => c.id));
    bidders.forEach((company, k) => {
      bidNo += 1;
      companiesUsed.add(company.id);
      bidTexts.push(
        bidJson(rng, `B${pad(bidNo, 5)}`, product, company, regions, k === 0 && p % 3 === 0, revivalAnswers),
      );
    });
  });

  const productTexts = products.map((product) =>
    JSON.stringify({
      id: product.id,
      name: product.name,
      form: product.form,
      volumeClass: product.volumeClass,
      strengthUnit: 'mg',
      representativeSpecId: product.representativeSpecId,
      specs: product.specs.map((s) => ({
        id: s.id,
        strength: String(s.strength),
        unitsPerPack: s.unitsPerPack,
        volumeMl: s.volumeMl,
        ceiling: fixed4(s.ceiling),
      })),
    }),
  );

  const head =
    `{"ruleset":${JSON.stringify(shape.ruleset)},"regions":${JSON.stringify(regions)},` +
    `"products":[${productTexts.join(',')}],"bids":[${bidTexts.join(',')}],"demand":[`;
  return {
    chunks: demandChunks(rng, shape, regions, products, biddersByProduct, head),
    demandLines: shape.institutions * shape.products,
    bids: bidTexts.length,
    products: products.length,
    companiesUsed: companiesUsed.size,
  };
}

/** Demand: every institution reports every product; region by index; 1,000–500,000 units, log-uniform. */
function* demandChunks(
  rng: Prng,
  shape: RoundShape,
  regions: readonly string[],
  products: readonly GenProduct[],
  biddersByProduct: readonly (readonly string[])[],
  head: string,
): Generator<string, void, undefined> {
  yield head;
  const institutionIds: string[] = [];
  const width = Math.max(6, String(shape.institutions).length);
  for (let i = 0; i < shape.institutions; i++) institutionIds.push(`H${pad(i + 1, width)}`);
  const lnMin = Math.log(1_000),
    lnSpan = Math.log(500_000) - lnMin;
  const CHUNK = 20_000;
  let chunk: string[] = [];
  let first = true;
  for (let p = 0; p < products.length; p++) {
    const productId = (products[p] as GenProduct).id;
    const bidders = biddersByProduct[p] ?? [];
    for (let i = 0; i < shape.institutions; i++) {
      const quantity = Math.round(Math.exp(lnMin + rng.float() * lnSpan));
      const region = regions[i % regions.length] as string;
      let line = `{"institutionId":"${institutionIds[i] as string}","regionId":"${region}","productId":"${productId}","quantity":${quantity}`;
      if (shape.brandShare > 0 && bidders.length > 0 && rng.chance(shape.brandShare)) {
        line += `,"brandCompanyId":"${rng.pick(bidders)}"`;
      }
      chunk.push(`${line}}`);
      if (chunk.length === CHUNK) {
        yield `${first ? '' : ','}${chunk.join(',')}`;
        first = false;
        chunk = [];
      }
    }
  }
  if (chunk.length > 0) yield `${first ? '' : ','}${chunk.join(',')}`;
  yield `],"deadline":"2026-11-20T11:00:00+08:00"}`;
}
