import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALENDAR, PRODUCT, problemPaths, useRoundOffice, type Json } from '../test-support/round-office.js';
import type { TestContext } from '../test-support/test-context.js';

const office = useRoundOffice();
let t: TestContext;
beforeAll(() => {
  t = office.t;
});
const call = office.call;
const paths = problemPaths;

async function counts() {
  const { rows } = await sql<Record<string, string>>`select
    (select count(*) from round) as rounds, (select count(*) from round_region) as regions,
    (select count(*) from product) as products, (select count(*) from audit_event) as audit`.execute(t.db);
  return rows[0];
}

async function draftRound(code: string, ruleset: unknown = 'nvbp-11', regionCodes = ['GZ', 'YN']) {
  const res = await call('admin', '/rounds', {
    method: 'POST',
    json: { code, name: `${code} 集采`, regionCodes, ruleset },
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function readyRound(code: string, ruleset: unknown = 'nvbp-11', calendar: object = CALENDAR) {
  const id = await draftRound(code, ruleset);
  expect((await call('admin', `/rounds/${id}/products`, { method: 'POST', json: PRODUCT })).status).toBe(201);
  expect((await call('admin', `/rounds/${id}/calendar`, { method: 'PUT', json: calendar })).status).toBe(200);
  return id;
}

describe('round access and input checks', () => {
  it('returns the ruleset’s problems under `ruleset`, and saves nothing', async () => {
    const before = await counts();
    const res = await call('admin', '/rounds', {
      method: 'POST',
      json: {
        code: 'gy bad',
        name: ' ',
        regionCodes: ['GZ'],
        ruleset: { extends: 'nvbp-99', spreadMultiple: 5, colour: 'red' },
      },
    });
    expect(res.status).toBe(400);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(paths(res.body)).toEqual(
      expect.arrayContaining(['code', 'name', 'ruleset.extends', 'ruleset.colour', 'ruleset.spreadMultiple']),
    );
    const unknownName = await call('admin', '/rounds', {
      method: 'POST',
      json: { code: 'GY-X', name: 'x', ruleset: 'nvbp-99' },
    });
    expect(unknownName.body.errors).toMatchObject([
      { path: 'ruleset', message: expect.stringContaining('unknown ruleset "nvbp-99"') },
    ]);
    const missing = await call('admin', '/rounds', { method: 'POST', json: { code: 'GY-X', name: 'x' } });
    expect(paths(missing.body)).toEqual(['ruleset']);
    const regions = await call('admin', '/rounds', {
      method: 'POST',
      json: { code: 'GY-X', name: 'x', ruleset: 'nvbp-7', regionCodes: ['GZ', 'ZZ', 'GZ'] },
    });
    expect(regions.body.errors).toMatchObject([
      { path: 'regionCodes[1]', message: 'unknown region "ZZ"' },
      { path: 'regionCodes[2]', message: 'region "GZ" listed twice' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a duplicate round code and non-admin writers', async () => {
    await draftRound('GY-DUP-1');
    const before = await counts();
    const dup = await call('admin', '/rounds', {
      method: 'POST',
      json: { code: 'GY-DUP-1', name: 'again', ruleset: 'nvbp-7' },
    });
    expect(dup).toMatchObject({ status: 409, body: { code: 'CONFLICT', errors: [{ path: 'code' }] } });
    expect(
      (
        await call('official', '/rounds', {
          method: 'POST',
          json: { code: 'GY-OFF-1', name: 'x', ruleset: 'nvbp-7' },
        })
      ).status,
    ).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('hides drafts outside the office; published rounds are listed to companies and hospitals', async () => {
    const draft = await readyRound('GY-VIS-1');
    expect((await call('hospital', `/rounds/${draft}`)).body.code).toBe('NOT_FOUND');
    expect((await call('hospital', `/rounds/${draft}/products`)).status).toBe(404);
    expect((await call('company', '/rounds')).body.items.map((r: Json) => r.id)).not.toContain(draft);
    expect((await call('auditor', `/rounds/${draft}`)).status).toBe(200);
    expect((await call('official', '/rounds')).body.items.map((r: Json) => r.id)).toContain(draft);
    await call('admin', `/rounds/${draft}/publish`, { method: 'POST' });
    const listed = (await call('company', '/rounds')).body.items as Json[];
    expect(listed.map((r) => r.id)).toContain(draft);
    expect(listed.every((r) => r.state !== 'draft')).toBe(true);
    expect((await call('hospital', `/rounds/${draft}/products`)).body.items[0]).toMatchObject({
      code: 'P-AMLO',
      specs: [{ ceiling: '0.3512' }],
    });
  });

  it('cancels with a reason, once', async () => {
    const id = await readyRound('GY-CXL-1');
    await call('admin', `/rounds/${id}/publish`, { method: 'POST' });
    expect(
      (await call('admin', `/rounds/${id}/cancel`, { method: 'POST', json: { reason: '' } })).body.errors,
    ).toMatchObject([{ path: 'reason', message: 'required' }]);
    expect(
      (await call('admin', `/rounds/${id}/cancel`, { method: 'POST', json: { reason: '政策调整' } })).body
        .state,
    ).toBe('cancelled');
    expect(
      (await call('admin', `/rounds/${id}/cancel`, { method: 'POST', json: { reason: 'again' } })).body,
    ).toMatchObject({ code: 'INVALID_STATE', refusal: 'ALREADY_FINAL' });
    const last = await t.db
      .selectFrom('audit_event')
      .select('payload')
      .where('stream', '=', `round:${id}`)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.payload).toMatchObject({
      event: { type: 'round-cancelled', reason: '政策调整' },
      from: 'published',
      to: 'cancelled',
    });
  });
});
