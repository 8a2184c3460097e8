import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneWorld } from '../test-support/matrix/matrix-clone.js';
import { publishDigest } from '../test-support/matrix/matrix-operations.js';
import { differences, observe, secrecyProbes } from '../test-support/matrix/matrix-secrecy.js';
import { setUpMatrix, type MatrixSetup } from '../test-support/matrix/matrix-setup.js';

/**
 * "A company never sees another company's bid, nor whether one exists, before opening", and no
 * official or admin reads a price before it: every GET, and every write on a round, as company B,
 * the office, the other roles and anonymously, on the bidding round, the closed round and the
 * technically opened one, in a copy of the world in which company A has bid and in one in which it
 * has not. The answers must be the same (status, headers, body; fresh times, ids, salts and
 * signatures masked, every secret of the world compared as it is).
 */
let setup: MatrixSetup | undefined;

/** A bids-feature route: the key ceremony, bids, commitments, the opening. */
const BIDS_ROUTE = /\/(bids|commitments|key-ceremony|opening)\b/;
/** Differences the policy discloses on purpose: probe (operation @round) → why. */
const DISCLOSED: Readonly<Record<string, string>> = {
  'GET /rounds/{roundId}/commitments @closed':
    'the signed commitments are published when bidding closes, before the opening: one more tells that someone else bid',
};

let found: ReturnType<typeof differences> = [];
let probed = 0;
/** the office's what-if (two evaluations of the published input): before the opening, nothing to compare */
const WHAT_IF = 'POST /rounds/{roundId}/evaluation/what-if';
let whatIfProbes: string[] = [];
/** probes whose answer, in either world, carried a sealed price or the second official's share */
let sealedSeen: string[] = [];
/** `company B | GET /rounds/{roundId}/bids/mine @bidding` → `GET /rounds/{roundId}/bids/mine @bidding` */
const probeOf = (key: string) => key.split(' | ')[1] as string;
const disclosed = (key: string) => probeOf(key) in DISCLOSED;
const route = (key: string) => probeOf(key).split(' ')[1] as string;

beforeAll(async () => {
  setup = await setUpMatrix();
  const { world, deps } = setup;
  const [without, withBid] = await Promise.all([
    cloneWorld(setup.templateWithoutA, deps),
    cloneWorld(setup.template, deps),
  ]);
  try {
    // the audit chain sealed and the next day's digest published, as the sealer would overnight
    await Promise.all([publishDigest(without.db, 2), publishDigest(withBid.db, 2)]);
    const mine = await withBid.request(`/api/rounds/${world.rounds.bidding}/bids/mine`, {
      cookie: world.cookies['company-user'],
    });
    expect(((await mine.json()) as { items: { productCode: string }[] }).items).toEqual([
      expect.objectContaining({ productCode: 'P1' }),
    ]);
    const probes = secrecyProbes(world, setup.operations, world.companyABidKey as string);
    probed = probes.length;
    whatIfProbes = probes.filter((p) => p.op.key === WHAT_IF).map((p) => p.key);
    const secrets = [...world.tenants.flatMap((t) => t.secrets), ...world.sealed];
    const [before, after] = await Promise.all([
      observe(without, world, probes, secrets),
      observe(withBid, world, probes, secrets),
    ]);
    found = differences(before, after);
    const sealed = (seen: string) =>
      (JSON.parse(seen) as { carried: string[] }).carried.some((s) => world.sealed.includes(s));
    sealedSeen = [...before, ...after].filter(([, seen]) => sealed(seen)).map(([key]) => key);
  } finally {
    await Promise.all([without.close(), withBid.close()]);
  }
  console.log(
    [
      `secrecy comparison: ${probed} requests in each world (company A has bid / nobody but B has)`,
      ...found.filter((d) => disclosed(d.key)).map((d) => `disclosed by design: ${d.key}`),
    ].join('\n'),
  );
}, 120_000);

afterAll(() => setup?.close());

describe('before opening, a company’s bid is, to everyone else, as if it did not exist', () => {
  it('probes every operation, as every observer', () => {
    expect(probed).toBeGreaterThan(500);
  });

  it('probes the office’s what-if on every round before opening, as every observer', () => {
    expect(whatIfProbes.length).toBeGreaterThan(0);
    expect(found.filter((d) => probeOf(d.key).startsWith(`${WHAT_IF} `))).toEqual([]);
  });

  it('never shows a sealed price or another official’s key share to anyone, the office included', () => {
    expect(sealedSeen).toEqual([]);
  });

  it('answers every bids route as if company A had not bid: same status, headers and body', () => {
    expect(found.filter((d) => BIDS_ROUTE.test(route(d.key)) && !disclosed(d.key))).toEqual([]);
  });

  it('answers every other route as if company A had not bid (no count, no digest moves)', () => {
    expect(found.filter((d) => !BIDS_ROUTE.test(route(d.key)) && !disclosed(d.key))).toEqual([]);
  });
});
