import { describe, expect, it } from 'vitest';
import { CALENDAR, PRODUCT, useRoundOffice } from '../test-support/round-office.js';

// The public, signed out, reads published rounds (list, round with its calendar, catalogue): the
// portal's /rounds pages. A draft stays 404 to anyone outside the office, signed in or not.
const office = useRoundOffice();
const call = office.call;
const anonymous = (path: string) => call('nobody', path);

async function readyRound(code: string) {
  const created = await call('admin', '/rounds', {
    method: 'POST',
    json: { code, name: `${code} 集采`, regionCodes: ['GZ', 'YN'], ruleset: 'nvbp-11' },
  });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  expect((await call('admin', `/rounds/${id}/products`, { method: 'POST', json: PRODUCT })).status).toBe(201);
  expect((await call('admin', `/rounds/${id}/calendar`, { method: 'PUT', json: CALENDAR })).status).toBe(200);
  return id;
}

describe('published rounds are public; drafts are not', () => {
  it('answers a signed-out reader the published round, its calendar and catalogue; a draft is 404', async () => {
    const draft = await readyRound('PUB-DRAFT-1');
    const published = await readyRound('PUB-OPEN-1');
    expect((await call('admin', `/rounds/${published}/publish`, { method: 'POST' })).status).toBe(200);

    const list = await anonymous('/rounds');
    expect(list.status).toBe(200);
    const codes = (list.body.items as { code: string }[]).map((r) => r.code);
    expect(codes).toContain('PUB-OPEN-1');
    expect(codes).not.toContain('PUB-DRAFT-1');

    const round = await anonymous(`/rounds/${published}`);
    expect(round.status).toBe(200);
    expect(round.body).toMatchObject({
      code: 'PUB-OPEN-1',
      state: 'published',
      calendar: { biddingClosesAt: '2026-09-25T12:00:00+08:00', objectionWorkingDays: 3 },
    });
    const products = await anonymous(`/rounds/${published}/products`);
    expect(products.status).toBe(200);
    expect(products.body.items).toMatchObject([
      { code: 'P-AMLO', specs: [{ code: 'S5', ceiling: '0.3512' }] },
    ]);

    for (const path of [`/rounds/${draft}`, `/rounds/${draft}/products`]) {
      for (const who of ['nobody', 'company', 'hospital']) {
        const res = await call(who, path);
        expect([path, who, res.status, res.type]).toEqual([path, who, 404, 'application/problem+json']);
      }
      expect((await call('admin', path)).status).toBe(200);
    }
  });

  it('still refuses a signed-out writer', async () => {
    const res = await call('nobody', '/rounds', {
      method: 'POST',
      json: { code: 'PUB-X', name: 'x', ruleset: 'nvbp-7' },
    });
    expect(res.status).toBe(401);
  });
});
