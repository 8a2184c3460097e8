import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../test-support/api-client.js';
import { CALENDAR, PRODUCT, problemPaths, useRoundOffice } from '../test-support/round-office.js';
import type { TestContext } from '../test-support/test-context.js';

const office = useRoundOffice();
let t: TestContext;
beforeAll(() => {
  t = office.t;
});
// invalid bodies on purpose: hand-built requests, not the typed client
const call = office.call;
const as = (login: string) => office.as(login);
const paths = problemPaths;
const roundPath = (roundId: string) => ({ params: { path: { roundId } } });

async function counts() {
  const { rows } = await sql<Record<string, string>>`select
    (select count(*) from round) as rounds, (select count(*) from round_region) as regions,
    (select count(*) from product) as products, (select count(*) from audit_event) as audit`.execute(t.db);
  return rows[0];
}

async function draftRound(code: string) {
  const body = { code, name: `${code} 集采`, regionCodes: ['GZ', 'YN'], ruleset: 'nvbp-11' };
  return (await ok(as('admin').POST('/rounds', { body }), 201)).id;
}

async function readyRound(code: string) {
  const id = await draftRound(code);
  await ok(as('admin').POST('/rounds/{roundId}/products', { ...roundPath(id), body: PRODUCT }), 201);
  await ok(as('admin').PUT('/rounds/{roundId}/calendar', { ...roundPath(id), body: CALENDAR }));
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
    const dup = await as('admin').POST('/rounds', {
      body: { code: 'GY-DUP-1', name: 'again', ruleset: 'nvbp-7' },
    });
    expect(dup.response.status).toBe(409);
    expect(dup.error).toMatchObject({ code: 'CONFLICT', errors: [{ path: 'code' }] });
    const official = await as('official').POST('/rounds', {
      body: { code: 'GY-OFF-1', name: 'x', ruleset: 'nvbp-7' },
    });
    expect(official.response.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('hides drafts outside the office; published rounds are listed to companies and hospitals', async () => {
    const draft = await readyRound('GY-VIS-1');
    const products = (login: string) => as(login).GET('/rounds/{roundId}/products', roundPath(draft));
    const rounds = async (login: string) =>
      (await ok(as(login).GET('/rounds', { params: { query: {} } }))).items;
    expect((await as('hospital').GET('/rounds/{roundId}', roundPath(draft))).error?.code).toBe('NOT_FOUND');
    expect((await products('hospital')).response.status).toBe(404);
    expect((await rounds('company')).map((r) => r.id)).not.toContain(draft);
    expect((await as('auditor').GET('/rounds/{roundId}', roundPath(draft))).response.status).toBe(200);
    expect((await rounds('official')).map((r) => r.id)).toContain(draft);
    await ok(as('admin').POST('/rounds/{roundId}/publish', roundPath(draft)));
    const listed = await rounds('company');
    expect(listed.map((r) => r.id)).toContain(draft);
    expect(listed.every((r) => r.state !== 'draft')).toBe(true);
    expect((await ok(products('hospital'))).items[0]).toMatchObject({
      code: 'P-AMLO',
      specs: [{ ceiling: '0.3512' }],
    });
  });

  it('cancels with a reason, once', async () => {
    const id = await readyRound('GY-CXL-1');
    await ok(as('admin').POST('/rounds/{roundId}/publish', roundPath(id)));
    const cancel = (reason: string) =>
      as('admin').POST('/rounds/{roundId}/cancel', { ...roundPath(id), body: { reason } });
    expect((await cancel('')).error?.errors).toMatchObject([{ path: 'reason', message: 'required' }]);
    expect((await ok(cancel('政策调整'))).state).toBe('cancelled');
    expect((await cancel('again')).error).toMatchObject({ code: 'INVALID_STATE', refusal: 'ALREADY_FINAL' });
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
