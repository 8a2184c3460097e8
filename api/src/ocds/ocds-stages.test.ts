import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../test-support/api-client.js';
import { at, createClosedRound, createWorld, openRound, type World } from '../test-support/award-fixtures.js';
import { clientAs, roundPath, roundState } from '../test-support/award-client.js';
import {
  fetchRoundPackage,
  readFeed,
  readFeedUntil,
  validRecordPackage,
  validRoundPackage,
} from '../test-support/ocds-client.js';
import { setPlatformClock } from '../test-support/platform-clock.js';
import { createTestContext, type TestContext } from '../test-support/test-context.js';
import { sweepRegionTurns } from '../award/region-selection.service.js';

// Nothing before its time: a round's open data grows only as the round advances, each release
// naming only what its stage made public, and every package validates against our schema and the
// official OCDS 1.1.5 schema merged with our extension.

let t: TestContext;
let world: World;
let as: ReturnType<typeof clientAs>;

beforeAll(async () => {
  t = await createTestContext({ SESSION_HOURS: '720' });
  world = await createWorld(t);
  as = clientAs(t, world);
});
afterAll(() => t.close());

const COMPANIES = ['comp-a', 'comp-b', 'comp-c', 'comp-d', 'comp-e'] as const;
const HOSPITALS = ['hosp-bj', 'hosp-tj', 'hosp-sh'] as const;
const companyIds = () => COMPANIES.map((c) => world[c].organisationId);
const hospitalIds = () => HOSPITALS.map((h) => world[h].organisationId);
const mentions = (text: string, ids: readonly string[]) => ids.filter((id) => text.includes(id));
const tags = (pkg: Record<string, any>) => pkg.releases.map((r: { tag: string[] }) => r.tag.join('+'));

describe('a round as OCDS releases', () => {
  it('publishes the tender, the bids, the proposed and final award and the contracts, each only once reached', async () => {
    await setPlatformClock(t.db, at('2027-03-01', '10:00'));
    const { roundId } = await createClosedRound(t, world, {
      ruleset: 'nvbp-11',
      bids: [
        { login: 'comp-a', packPrice: '2.80' },
        { login: 'comp-b', packPrice: '4.48' },
        { login: 'comp-c', packPrice: '25.20' },
      ],
      demand: [
        { hospital: 'hosp-bj', quantity: 100_000 },
        { hospital: 'hosp-tj', quantity: 50_000 },
        { hospital: 'hosp-sh', quantity: 20_000 },
      ],
    });

    // bidding closed, bids sealed: the tender only, no company named, not even as a bidder
    const tender = await validRoundPackage(t, roundId);
    expect(tags(tender.body)).toEqual(['planning+tender']);
    expect(mentions(tender.text, [...companyIds(), ...hospitalIds()])).toEqual([]);
    expect(tender.text).not.toMatch(/"(bids|awards|contracts)":/);
    // the ceiling, exact: the number is written digit for digit, and again as text
    expect(tender.text).toContain(
      '"ceilingUnitPrice":{"amount":2.0000,"amountText":"2.0000","currency":"CNY"}',
    );

    // the opening: who bid what, but no outcome and no winner
    const office = as('office1');
    const settings = { revivalWindowHours: 24, regionTurnMinutes: 30 };
    await ok(office.PUT('/rounds/{roundId}/award-settings', { ...roundPath(roundId), body: settings }));
    await openRound(t, world, roundId);
    const opened = await validRoundPackage(t, roundId);
    expect(tags(opened.body)).toEqual(['planning+tender', 'tenderUpdate']);
    const bids = opened.body.releases[1].bids;
    expect(bids.details.map((b: any) => [b.tenderers[0].id, b.value.amountText, b.status])).toEqual(
      expect.arrayContaining([
        [world['comp-a'].organisationId, '2.80', 'pending'],
        [world['comp-b'].organisationId, '4.48', 'pending'],
        [world['comp-c'].organisationId, '25.20', 'pending'],
      ]),
    );
    expect(bids.statistics[0]).toEqual({ id: 'bids', measure: 'bids', value: 3 });
    expect(opened.text).not.toMatch(/"(outcome|awards|contracts|rank)":|"winner"/);
    expect(mentions(opened.text, hospitalIds())).toEqual([]);
    // the earlier release is as it was
    expect(opened.body.releases[0]).toEqual(tender.body.releases[0]);

    // the proposed winners (拟中选): awards pending, each bid's outcome
    if ((await roundState(t, roundId)) === 'revival-window')
      await ok(office.POST('/rounds/{roundId}/revival/close', roundPath(roundId)));
    await ok(office.POST('/rounds/{roundId}/proposed/publish', roundPath(roundId)));
    const proposed = await validRoundPackage(t, roundId);
    expect(tags(proposed.body)).toEqual(['planning+tender', 'tenderUpdate', 'award']);
    const pending = proposed.body.releases[2].awards;
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((a: any) => a.status === 'pending')).toBe(true);
    expect(pending.map((a: any) => a.suppliers[0].id)).toContain(world['comp-a'].organisationId);
    expect(proposed.text).not.toMatch(/"contracts":/);
    expect(proposed.body.releases.slice(0, 2)).toEqual(opened.body.releases);

    // the award: the same awards, active
    await setPlatformClock(t.db, at('2027-03-05', '09:00'));
    await ok(office.POST('/rounds/{roundId}/award', roundPath(roundId)));
    const awarded = await validRoundPackage(t, roundId);
    expect(tags(awarded.body)).toEqual(['planning+tender', 'tenderUpdate', 'award', 'awardUpdate']);
    const active = awarded.body.releases[3].awards;
    expect(active.map((a: any) => [a.id, a.status])).toEqual(pending.map((a: any) => [a.id, 'active']));

    // region selection runs out by default; volumes are agreed: the contracts
    await ok(office.POST('/rounds/{roundId}/region-selection/start', roundPath(roundId)));
    await setPlatformClock(t.db, at('2027-03-08', '09:00'));
    await sweepRegionTurns(t.db);
    expect(await roundState(t, roundId)).toBe('volumes-agreed');
    const agreed = await validRoundPackage(t, roundId);
    expect(tags(agreed.body)).toEqual([
      'planning+tender',
      'tenderUpdate',
      'award',
      'awardUpdate',
      'awardUpdate+contract',
    ]);
    const last = agreed.body.releases[4];
    const lines = (
      await ok(
        as('office1').GET('/rounds/{roundId}/agreed-volumes', { params: { path: { roundId }, query: {} } }),
      )
    ).items;
    expect(last.contracts).toHaveLength(lines.length);
    for (const line of lines) {
      const contract = last.contracts.find(
        (c: any) => c.hospital?.id === line.hospitalId && c.supplier.id === line.companyId,
      );
      expect(contract, JSON.stringify(line)).toMatchObject({
        agreedVolume: line.agreedVolume,
        value: { amountText: line.amount, currency: 'CNY' },
        awardID: `P1/${line.companyId}`,
      });
    }
    // every region has its primary supplier among the final awards
    const roles = last.awards.flatMap((a: any) => a.supplyRegions.map((r: any) => `${r.id}:${r.role}`));
    expect(roles).toEqual(expect.arrayContaining(['BJ:primary', 'TJ:primary', 'SH:primary']));
    expect(agreed.body.releases.slice(0, 4)).toEqual(awarded.body.releases);
    expect(agreed.body.publishedDate).toBe(last.date);

    // the record: the same releases and the compiled release, the round's current state
    const record = (await validRecordPackage(t, roundId)).body;
    expect(record.packages).toEqual([agreed.body.uri]);
    const [{ releases, compiledRelease }] = record.records;
    expect(releases).toEqual(agreed.body.releases);
    expect(compiledRelease).toMatchObject({
      id: `${last.ocid}-${last.date}`,
      tag: ['compiled'],
      date: last.date,
    });
    expect(compiledRelease.tender.status).toBe('complete');
    expect(compiledRelease.tender.items).toEqual(agreed.body.releases[0].tender.items);
    expect(compiledRelease.awards).toEqual(last.awards);
    expect(compiledRelease.contracts).toEqual(last.contracts);
    const winner = compiledRelease.parties.find((p: any) => p.id === world['comp-a'].organisationId);
    expect(winner.roles).toEqual(['tenderer', 'supplier']);
    expect(compiledRelease.bids.details.every((b: any) => b.status !== 'pending')).toBe(true);

    // the feed carries the same releases, in the same order
    const ofRound = (releases: readonly Record<string, any>[]) =>
      releases.filter((r) => r.ocid === last.ocid);
    const fed = await readFeedUntil(t, null, (releases) => ofRound(releases).length >= 5);
    expect(ofRound(fed.releases)).toEqual(agreed.body.releases);
  });

  it('publishes a move of the calendar after publication (a deadline extension) as a tender amendment', async () => {
    const { roundId } = await createClosedRound(t, world, {
      ruleset: 'nvbp-7',
      bids: [{ login: 'comp-a', packPrice: '2.80' }],
      demand: [{ hospital: 'hosp-bj', quantity: 1_000 }],
    });
    const before = await validRoundPackage(t, roundId);
    // what an outage's deadline extension writes (系统故障顺延): the calendar columns, later
    await t.db
      .updateTable('round')
      .set({
        bidding_closes_at: sql<Date>`bidding_closes_at + interval '1 day'`,
        opening_at: sql<Date>`opening_at + interval '1 day'`,
      })
      .where('id', '=', roundId)
      .execute();
    const after = await validRoundPackage(t, roundId);
    expect(tags(after.body)).toEqual(['planning+tender', 'tenderAmendment']);
    const [tender, amendment] = after.body.releases;
    expect(tender).toEqual(before.body.releases[0]);
    const day = 86_400_000;
    const moved = (iso: string) => new Date(Date.parse(iso) + day).toISOString();
    expect(amendment.tender.tenderPeriod.endDate).toBe(moved(tender.tender.tenderPeriod.endDate));
    expect(amendment.tender.awardPeriod.startDate).toBe(moved(tender.tender.awardPeriod.startDate));
    expect(amendment.id).toMatch(/-amended-\d+$/);
    // changing something else of the round records nothing
    await t.db.updateTable('round').set({ name: '改名' }).where('id', '=', roundId).execute();
    expect((await validRoundPackage(t, roundId)).body.releases).toHaveLength(2);
  });

  it('has nothing for a draft, and a cancelled round ends with a cancellation', async () => {
    const draft = await ok(
      as('office1').POST('/rounds', {
        body: { code: 'OCDS-DRAFT', name: '草稿批次', regionCodes: ['BJ'], ruleset: 'nvbp-7' },
      }),
      201,
    );
    expect((await fetchRoundPackage(t, draft.id)).status).toBe(404);
    expect((await fetchRoundPackage(t, draft.id, world.office1.cookie)).status).toBe(404);
    await ok(
      as('office1').POST('/rounds/{roundId}/cancel', {
        ...roundPath(draft.id),
        body: { reason: '不再需要' },
      }),
    );
    expect((await readFeed(t)).releases.filter((r) => r.tender?.id === 'OCDS-DRAFT')).toEqual([]);

    const { roundId } = await createClosedRound(t, world, {
      ruleset: 'nvbp-7',
      bids: [{ login: 'comp-a', packPrice: '2.80' }],
      demand: [{ hospital: 'hosp-bj', quantity: 1_000 }],
    });
    await ok(
      as('office1').POST('/rounds/{roundId}/cancel', { ...roundPath(roundId), body: { reason: '流标' } }),
    );
    const cancelled = await validRoundPackage(t, roundId);
    expect(tags(cancelled.body)).toEqual(['planning+tender', 'tenderCancellation']);
    expect(cancelled.body.releases[1].tender.status).toBe('cancelled');
    // a cancelled round's bids are never published
    expect(mentions(cancelled.text, companyIds())).toEqual([]);
  });
});
