import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProblem } from '../test-support/sign-in.js';
import { caseOf, pathSpellingOf, roundSpelling } from '../test-support/id-spellings.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { bidCommitment } from './bid-commitment.js';
import type { BidReceipt } from './bid-receipt.js';
import { closeBidding, createBidWorld } from '../test-support/bid-test-world.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

/** the catalogue's spellings: one code in capitals, one in lower case */
const PRODUCTS = ['AMLO', 'ator-5'] as const;

type Command =
  | { kind: 'put'; company: number; product: number; cents: number; retry: boolean }
  | { kind: 'delete'; company: number; product: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('put' as const),
    company: fc.nat(1),
    product: fc.nat(1),
    cents: fc.integer({ min: 1, max: 199_99 }),
    retry: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('delete' as const), company: fc.nat(1), product: fc.nat(1) }),
);

/** Every way a client can spell the ids of one request: round, product, spec. */
const spellings = (roundId: string, roundCode: string, product: string) =>
  fc.record({
    round: roundSpelling(roundId, roundCode),
    product: pathSpellingOf(product),
    spec: caseOf('S1'),
  });

const price = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

async function roundCodeOf(roundId: string) {
  const row = await t.db
    .selectFrom('round')
    .select('code')
    .where('id', '=', roundId)
    .executeTakeFirstOrThrow();
  return row.code;
}

describe('ids in any spelling (issue 8 §1)', () => {
  it('every bid that got a receipt decrypts at opening and matches its commitment', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { minLength: 1, maxLength: 6 }),
        fc.infiniteStream(fc.nat()),
        async (commands, seeds) => {
          const w = await createBidWorld(t.db, { companies: 3, products: [...PRODUCTS], officials: 2, k: 2 });
          const code = await roundCodeOf(w.roundId);
          const spell = (product: string) =>
            fc.sample(spellings(w.roundId, code, product), { numRuns: 1, seed: seeds.next().value })[0]!;
          /** (company, product) → the commitment of the live bid's latest receipt */
          const live = new Map<string, string>();
          // a bid that stays live whatever the commands do: the opening always has something to open
          const anchor = w.companies[2]!;
          const first = await put(w.roundId, 'AMLO', 'S1', anchor.token, randomUUID(), '9.99');
          live.set(`${anchor.organisationId}|AMLO`, first.commitment as string);

          for (const c of commands) {
            const company = w.companies[c.company]!;
            const product = PRODUCTS[c.product]!;
            const s = spell(product);
            const key = randomUUID();
            if (c.kind === 'put') {
              const receipt = await put(s.round, s.product, s.spec, company.token, key, price(c.cents));
              expect([receipt.roundId, receipt.productCode]).toEqual([w.roundId, product]);
              // the company recomputes its commitment from the canonical spellings the receipt names
              const terms = {
                ...receipt,
                specCode: 'S1',
                packPrice: price(c.cents),
                salt: receipt.salt as string,
              };
              expect(bidCommitment(terms)).toBe(receipt.commitment);
              if (c.retry) {
                const again = spell(product);
                const replay = await put(
                  again.round,
                  again.product,
                  again.spec,
                  company.token,
                  key,
                  price(c.cents),
                );
                expect(replay).toEqual(receipt);
              }
              live.set(`${company.organisationId}|${product}`, receipt.commitment as string);
            } else {
              const res = await t.request(`/api/rounds/${s.round}/bids/${s.product}`, {
                method: 'DELETE',
                token: company.token,
                headers: { 'idempotency-key': key },
              });
              const had = live.delete(`${company.organisationId}|${product}`);
              if (had) {
                expect(res.status, await res.clone().text()).toBe(200);
                const receipt = (await res.json()) as BidReceipt;
                expect([receipt.kind, receipt.roundId, receipt.productCode]).toEqual([
                  'withdrawal',
                  w.roundId,
                  product,
                ]);
              } else expect([res.status, (await readProblem(res)).code]).toEqual([404, 'NOT_FOUND']);
            }
          }

          await closeBidding(t.db, w.roundId);
          for (const [i, official] of w.officials.entries()) {
            const s = spell('AMLO');
            const res = await t.request(`/api/rounds/${s.round}/opening/shares`, {
              method: 'POST',
              token: official.token,
              json: { share: w.ceremony?.shares[i]?.share },
            });
            expect(res.status, await res.clone().text()).toBeLessThan(300);
          }
          const opened = await t.db
            .selectFrom('opened_bid')
            .innerJoin('product', 'product.id', 'opened_bid.product_id')
            .select([
              'opened_bid.company_id',
              'product.code',
              'opened_bid.status',
              'opened_bid.problem',
              'opened_bid.commitment',
            ])
            .where('opened_bid.round_id', '=', w.roundId)
            .execute();
          const seen = new Map(
            opened.map((o) => [`${o.company_id}|${o.code}`, [o.status, o.problem, o.commitment]]),
          );
          const expected = new Map([...live].map(([k, commitment]) => [k, ['opened', null, commitment]]));
          expect(seen).toEqual(expected);
        },
      ),
      { numRuns: 12 },
    );
  });
});

async function put(
  round: string,
  product: string,
  spec: string,
  token: string,
  key: string,
  packPrice: string,
) {
  const res = await t.request(`/api/rounds/${round}/bids/${product}`, {
    method: 'PUT',
    token,
    json: { specCode: spec, packPrice },
    headers: { 'idempotency-key': key },
  });
  expect(res.status, `${round} ${product} ${spec}: ${await res.clone().text()}`).toBe(200);
  return (await res.json()) as BidReceipt;
}
