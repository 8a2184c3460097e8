import { sql } from 'kysely';
import type { AppDeps } from '../../app-env.js';
import type { Actor } from '../../auth/roles.js';
import { fileObjection, fixAward, publishProposed } from '../../award/objection.service.js';
import { runOpeningEvaluation } from '../../award/evaluation.service.js';
import { selectionView, startSelection } from '../../award/region-selection.service.js';
import { insertCatalogue, insertStageRound, type Cast } from './matrix-round-rows.js';

/**
 * The matrix world's rounds after the opening: bids written straight into `opened_bid` (as the bids
 * feature leaves them), the evaluation run by the opening feature, then each round driven by the
 * award services as far as its stage: evaluated, revival window, objection period (open and over),
 * awarded, region selection; and one with agreed volumes written in.
 */
export interface AwardRounds {
  readonly evaluated: string;
  readonly revival: string;
  readonly objection: string;
  readonly objectionOver: string;
  readonly awarded: string;
  readonly selection: string;
  readonly agreed: string;
  /** a region company A may pick at its turn */
  readonly pickRegion: string;
  readonly offers: { readonly a: string; readonly b: string };
  readonly objections: { readonly a: string; readonly b: string };
  readonly statements: { readonly a: string; readonly b: string };
}

type Prices = Readonly<Record<string, readonly (readonly [Actor, string])[]>>;

/** nvbp-7: A 0.2000 and B 0.3200 win by 1.8 × low; C at 1.2000 fails every condition */
const nvbp7 = (cast: Cast): Prices => ({
  P1: [
    [cast.companyA, '2.80'],
    [cast.companyB, '4.48'],
    [cast.companyC, '16.80'],
  ],
});

async function insertOpenedRound(deps: AppDeps, cast: Cast, ruleset: string, prices: Prices) {
  const db = deps.db;
  const roundId = await insertStageRound(db, {
    createdBy: cast.admin.userId,
    state: 'bidding-closed',
    ruleset,
    closed: true,
  });
  const bidders = [...new Set(Object.values(prices).flatMap((bids) => bids.map(([c]) => c)))];
  const catalogue = await insertCatalogue(db, roundId, Object.keys(prices), bidders);
  let n = 0;
  for (const [code, bids] of Object.entries(prices)) {
    const { productId, specId } = catalogue.get(code) as { productId: string; specId: string };
    for (const [company, packPrice] of bids) {
      const commitment = (++n).toString(16).padStart(64, '0');
      const at = sql<Date>`jicai_now() - interval '2 hours' + ${`${n} seconds`}::interval`;
      const bid = await db
        .insertInto('bid')
        .values({
          round_id: roundId,
          product_id: productId,
          company_id: company.organisationId,
          commitment,
          envelope: JSON.stringify({ ephemeral: 'e', wrappedKey: 'w', box: 'b' }),
          salt_sealed: 'sealed',
          revision: 1,
          sequence: n,
          received_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('opened_bid')
        .values({
          bid_id: bid.id,
          round_id: roundId,
          company_id: company.organisationId,
          product_id: productId,
          spec_id: specId,
          pack_price: packPrice,
          submitted_at: at,
          revision: 1,
          commitment,
          status: 'opened',
        })
        .execute();
    }
    for (const [hospital, quantity] of [
      [cast.hospitalBJ, 100_000],
      [cast.hospitalTJ, 50_000],
    ] as const) {
      await db
        .insertInto('demand_report')
        .values({
          round_id: roundId,
          product_id: productId,
          hospital_id: hospital.organisationId,
          region_code: hospital.regionCode as string,
          quantity,
          status: 'approved',
          reviewed_by: cast.admin.userId,
          reviewed_at: sql<Date>`jicai_now() - interval '5 days'`,
          submitted_at: sql<Date>`jicai_now() - interval '6 days'`,
          updated_at: sql<Date>`jicai_now() - interval '5 days'`,
        })
        .execute();
    }
  }
  // a long turn and window: nothing times out while the matrix runs
  await db
    .insertInto('round_award')
    .values({ round_id: roundId, revival_window_hours: 48, region_turn_minutes: 1440 })
    .execute();
  await db.transaction().execute((trx) => runOpeningEvaluation(trx, roundId, cast.admin.userId, deps.signer));
  return roundId;
}

async function proposedRound(deps: AppDeps, cast: Cast, periodOver: boolean) {
  const roundId = await insertOpenedRound(deps, cast, 'nvbp-7', nvbp7(cast));
  await publishProposed(deps, cast.admin, roundId);
  if (periodOver)
    await deps.db
      .updateTable('round_award')
      .set({ objection_ends_at: sql<Date>`jicai_now() - interval '1 minute'` })
      .where('round_id', '=', roundId)
      .execute();
  return roundId;
}

async function offerOf(deps: AppDeps, roundId: string, company: Actor) {
  const offer = await deps.db
    .selectFrom('revival_offer')
    .select('id')
    .where('round_id', '=', roundId)
    .where('company_id', '=', company.organisationId)
    .executeTakeFirstOrThrow();
  return offer.id;
}

/** Agreed volumes for both hospitals × both companies, written in (the selection that ends there is above). */
async function insertAgreedRound(deps: AppDeps, cast: Cast) {
  const db = deps.db;
  const roundId = await insertStageRound(db, {
    createdBy: cast.admin.userId,
    state: 'volumes-agreed',
    ruleset: 'nvbp-7',
    closed: true,
  });
  const catalogue = await insertCatalogue(db, roundId, ['P1'], [cast.companyA, cast.companyB]);
  const productId = catalogue.get('P1')?.productId as string;
  const lines = [cast.hospitalBJ, cast.hospitalTJ].flatMap((h, i) =>
    [cast.companyA, cast.companyB].map((c, j) => ({
      round_id: roundId,
      product_id: productId,
      group_key: null,
      hospital_id: h.organisationId,
      company_id: c.organisationId,
      quantity: 60_000 - 20_000 * i - 10_000 * j,
    })),
  );
  await db.insertInto('agreed_volume').values(lines).execute();
  return roundId;
}

export async function buildAwardRounds(deps: AppDeps, cast: Cast): Promise<AwardRounds> {
  const evaluated = await insertOpenedRound(deps, cast, 'nvbp-7', nvbp7(cast));

  // nvbp-10 (spread with revival), four bidders: M = 3; C and D win by rule 1, the third is
  // shortlisted, fails and is offered D's UCP: A for P1, B for P2
  const { companyA: a, companyB: b, companyC: c, companyD: d } = cast;
  const revival = await insertOpenedRound(deps, cast, 'nvbp-10', {
    P1: [
      [c, '2.80'],
      [d, '4.48'],
      [a, '7.00'],
      [b, '8.40'],
    ],
    P2: [
      [c, '2.80'],
      [d, '4.48'],
      [b, '7.00'],
      [a, '8.40'],
    ],
  });

  const objection = await proposedRound(deps, cast, false);
  const statements = { a: 'MX-OBJECTION-OF-A', b: 'MX-OBJECTION-OF-B' };
  const file = (company: Actor, statement: string) =>
    fileObjection(deps, company, objection, { type: 'eligibility', productCode: 'P1', statement });
  const objections = { a: (await file(a, statements.a)).id, b: (await file(b, statements.b)).id };

  const objectionOver = await proposedRound(deps, cast, true);
  const awarded = await proposedRound(deps, cast, true);
  await fixAward(deps, cast.admin, awarded);
  const selection = await proposedRound(deps, cast, true);
  await fixAward(deps, cast.admin, selection);
  await startSelection(deps, cast.admin, selection);
  const turn = (await selectionView(deps.db, selection)).entries[0]?.currentTurn;
  if (turn?.companyId !== a.organisationId) throw new Error('company A should pick first');

  return {
    evaluated,
    revival,
    objection,
    objectionOver,
    awarded,
    selection,
    agreed: await insertAgreedRound(deps, cast),
    pickRegion: turn.allowedRegions[0] as string,
    offers: { a: await offerOf(deps, revival, a), b: await offerOf(deps, revival, b) },
    objections,
    statements,
  };
}
