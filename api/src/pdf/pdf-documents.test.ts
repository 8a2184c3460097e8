import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAwardedRound } from '../test-support/award-client.js';
import { createClosedRound, createWorld, type World } from '../test-support/award-fixtures.js';
import { pdfPageTexts } from '../test-support/pdf-text.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';

let t: TestContext;
let world: World;
let roundId: string;
let closedRoundId: string;

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720', PUBLIC_ORIGIN: 'https://jicai.example.cn' });
  world = await createWorld(t);
  roundId = await createAwardedRound(t, world, 'nvbp-7', [
    { login: 'comp-a', packPrice: '2.80' },
    { login: 'comp-b', packPrice: '4.48' },
    { login: 'comp-c', packPrice: '16.80' },
  ]);
  // the fixture writes bids without the key ceremony the platform holds first: a receipt names its key
  await t.db
    .insertInto('round_key')
    .values({
      round_id: roundId,
      public_key: Buffer.alloc(44, 7),
      round_key_id: 'a1'.repeat(32),
      k: 2,
      n: 3,
      created_by: world.office1.userId,
    })
    .onConflict((oc) => oc.column('round_id').doNothing())
    .execute();
  ({ roundId: closedRoundId } = await createClosedRound(t, world, {
    ruleset: 'nvbp-7',
    bids: [{ login: 'comp-a', packPrice: '2.70' }],
    demand: [{ hospital: 'hosp-bj', quantity: 1000 }],
  }));
}, 60_000);
afterAll(() => t.close());

const get = (path: string, login?: keyof World) =>
  t.request(`/api${path}`, login ? { cookie: world[login].cookie } : {});

async function pdfOf(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  const bytes = Buffer.from(await res.arrayBuffer());
  expect(res.headers.get('etag')).toBe(`"${createHash('sha256').update(bytes).digest('hex')}"`);
  return { bytes, text: (await pdfPageTexts(bytes)).join('\n') };
}

const codeIn = (text: string) => /验证码 ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text)?.[1] as string;

describe('the bid receipt PDF', () => {
  it('is the company’s own: its bid, commitment and signature, never its price', async () => {
    const res = await get(`/rounds/${roundId}/bids/p1/receipt.pdf`, 'comp-a');
    const disposition = res.headers.get('content-disposition') ?? '';
    const { bytes, text } = await pdfOf(res);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('投标回执')}`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const bid = await t.db
      .selectFrom('bid')
      .select(['id', 'commitment'])
      .where('round_id', '=', roundId)
      .where('company_id', '=', world['comp-a'].organisationId)
      .executeTakeFirstOrThrow();
    for (const part of ['投标回执', 'company comp-a', 'P1 阿托伐他汀钙片', bid.id, bid.commitment as string])
      expect(text).toContain(part);
    expect(text).not.toContain('2.80');
    // the signature printed is the one on the company's listed JSON receipt of that bid
    const mine = await get(`/rounds/${roundId}/bids/mine`, 'comp-a');
    const [listed] = ((await mine.json()) as { items: { signature: string }[] }).items;
    expect(text.replace(/\s/g, '')).toContain(listed?.signature);
    // the same stored bytes every time
    const again = await pdfOf(await get(`/rounds/${roundId}/bids/P1/receipt.pdf`, 'comp-a'));
    expect(again.bytes.equals(bytes)).toBe(true);
  });

  it('does not exist for anyone else: another company 404, the office 403, nobody signed in 401', async () => {
    expect((await get(`/rounds/${roundId}/bids/P1/receipt.pdf`, 'comp-d')).status).toBe(404);
    expect((await get(`/rounds/${roundId}/bids/P1/receipt.pdf`, 'office1')).status).toBe(403);
    expect((await get(`/rounds/${roundId}/bids/P1/receipt.pdf`)).status).toBe(401);
  });
});

describe('the notices', () => {
  it('publish the proposed winners with their prices and the objection period', async () => {
    const res = await get(`/rounds/${roundId}/proposed-winners.pdf`);
    const { text } = await pdfOf(res);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('拟中选结果公示'));
    for (const part of ['拟中选结果公示', '公示期自', 'company comp-a', '2.80', 'P1 阿托伐他汀钙片'])
      expect(text).toContain(part);
  });

  it('publish the award, and the same bytes whoever asks again', async () => {
    const first = await pdfOf(await get(`/rounds/${roundId}/award-notice.pdf`));
    expect(first.text).toContain('中选结果公告');
    expect(first.text).toContain('company comp-a');
    const again = await pdfOf(await get(`/rounds/${roundId}/award-notice.pdf`, 'hosp-bj'));
    expect(again.bytes.equals(first.bytes)).toBe(true);
  });

  it('do not exist before they are published', async () => {
    for (const which of ['proposed-winners', 'award-notice']) {
      const res = await get(`/rounds/${closedRoundId}/${which}.pdf`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });
});

describe('verifying a code', () => {
  it('answers what the PDF is and its hash, for the code typed in any case and spacing', async () => {
    const { bytes, text } = await pdfOf(await get(`/rounds/${roundId}/award-notice.pdf`));
    const code = codeIn(text);
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
    const res = await get(`/documents/verify/${encodeURIComponent(typed)}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      code,
      kind: 'award-notice',
      title: '第十批 opening中选结果公告',
      round: { id: roundId, code: expect.stringMatching(/^OPEN-/), name: '第十批 opening' },
      issuedAt: '2027-03-05T09:00:00+08:00',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
    });
  });

  it('is 404 for a code nobody issued, or no code at all', async () => {
    for (const code of ['0000-0000-0000', 'not-a-code', '%20']) {
      const res = await get(`/documents/verify/${code}`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { code: string }).code).toBe('NOT_FOUND');
    }
  });
});
