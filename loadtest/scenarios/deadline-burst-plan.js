// The deadline burst's plan, shared by the k6 script (scenarios/deadline-burst.js) and the replay here
// (burst.mjs): when requests arrive (k6's ramping-arrival-rate over the definition's stages) and what
// each one sends. Pure and seeded, no Node or k6 API: both drivers compute the very same requests.

/** "60s", "2m", "1.5s" → seconds */
export function seconds(duration) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)$/.exec(duration);
  if (!m) throw new Error(`not a duration: ${duration}`);
  return Number(m[1]) * { ms: 0.001, s: 1, m: 60 }[m[2]];
}

/** The definition at its full size, or with `reduced`'s overrides (the test's size). */
export function sized(definition, reduced) {
  const { reduced: overrides, ...full } = definition;
  return reduced ? { ...full, ...overrides } : full;
}

export const burstSeconds = (burst) => burst.stages.reduce((s, st) => s + seconds(st.duration), 0);

/**
 * Arrival times (seconds from the burst's start) of a ramping arrival rate: the rate goes linearly
 * from each stage's start to its target, and the n-th request arrives when the rate's integral
 * reaches n, as k6's ramping-arrival-rate executor starts its iterations.
 */
export function arrivalOffsets(burst) {
  const unit = seconds(burst.timeUnit ?? '1s');
  const times = [];
  let from = burst.startRate / unit;
  let t0 = 0;
  let done = 0; // requests before this stage
  for (const stage of burst.stages) {
    const d = seconds(stage.duration);
    const to = stage.target / unit;
    const total = ((from + to) / 2) * d;
    for (let n = Math.ceil(done - 1e-9); n < done + total - 1e-9; n++) {
      const x = n - done; // solve from·t + (to − from)·t²/(2d) = x for t in [0, d]
      const a = (to - from) / (2 * d);
      const t = Math.abs(a) < 1e-12 ? x / from : (-from + Math.sqrt(from * from + 4 * a * x)) / (2 * a);
      times.push(t0 + t);
    }
    done += total;
    t0 += d;
    from = to;
  }
  return times;
}

/** mulberry32: a small seeded generator, so k6 and Node draw the same sequence */
function generator(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** a pack price as a decimal string from whole fen (never a float): 8.00 – 27.99 yuan */
const price = (random) => {
  const fen = 800 + Math.floor(random() * 2000);
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
};

/**
 * What the `count` requests before the deadline send, in arrival order: first bids on the pairs of
 * company × product in a shuffled order, revisions (a new key and price for a pair already bid) and
 * retries (an earlier request again, same key and body, at least `retryGap` requests later).
 * Each op: { kind, company (index), product (code), key, packPrice, of (the retried op's index) }.
 */
export function burstOps(def, count) {
  const random = generator(def.seed);
  const pairs = [];
  for (let c = 0; c < def.companies; c++) for (const p of def.products) pairs.push([c, p]);
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  const ops = [];
  let next = 0; // the next pair to bid on first
  for (let i = 0; i < count; i++) {
    const r = random();
    const canRetry = i >= def.mix.retryGap;
    if (canRetry && r < def.mix.retry) {
      const of = Math.floor(random() * (i - def.mix.retryGap + 1));
      const original = ops[of].kind === 'retry' ? ops[ops[of].of] : ops[of];
      ops.push({ ...original, kind: 'retry', of: ops.indexOf(original) });
    } else if (next > 0 && (next >= pairs.length || r < def.mix.retry + def.mix.revise)) {
      const [company, product] = pairs[Math.floor(random() * next)];
      ops.push({ kind: 'revise', company, product, key: `burst-${def.seed}-${i}`, packPrice: price(random) });
    } else {
      const [company, product] = pairs[next++];
      ops.push({ kind: 'first', company, product, key: `burst-${def.seed}-${i}`, packPrice: price(random) });
    }
  }
  return ops;
}

/** The n-th request after the deadline: a new bid (a new key) from some company, to be refused. */
export function lateOp(def, n) {
  const random = generator(def.seed * 7919 + n);
  const company = Math.floor(random() * def.companies);
  const product = def.products[Math.floor(random() * def.products.length)];
  return { kind: 'late', company, product, key: `late-${def.seed}-${n}`, packPrice: price(random) };
}

/** The path, headers and body of an op's PUT. */
export function bidRequest(roundId, op) {
  return {
    path: `/api/rounds/${roundId}/bids/${op.product}`,
    headers: { 'content-type': 'application/json', 'idempotency-key': op.key },
    body: JSON.stringify({ specCode: 'S1', packPrice: op.packPrice }),
  };
}
