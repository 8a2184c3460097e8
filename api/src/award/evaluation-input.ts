import { formatShanghai, invariant, shanghaiDate, type CompanyFacts, type Ruleset } from '@jicai/domain';
import type { Transaction } from 'kysely';
import {
  listCompanyFacts,
  listRegistrations,
  type RegistrationRow,
} from '../companies/companies.repository.js';
import { toDomainCompanyFacts } from '../companies/companies.mapper.js';
import type { Database } from '../db/database.js';
import { listDemandLines } from '../demand/demand.service.js';
import { applyCorrections, parseStoredCorrection } from './corrections.js';
import * as repo from './evaluation-input.repository.js';
import { orderRulesetChoice, publishedRulesetChoice } from './published-ruleset.js';

/** The round as the input builder reads it. */
export interface InputRound {
  readonly id: string;
  readonly ruleset: unknown;
  readonly ruleset_frozen: Ruleset | null;
  readonly bidding_closes_at: Date | null;
}

/** A bid of the contract's input, keys in the contract's order. */
export interface ContractBid {
  id: string;
  productId: string;
  specId: string;
  companyId: string;
  packPrice: string;
  submittedAt: string;
  originator: boolean;
  consistencyPassedOn: string | null;
  approvalDate: string | null;
  group: string | null;
  marketVolume: number | null;
  technicalPass: boolean | null;
  revival: 'accept' | 'decline' | null;
  regionPreferences: string[];
  company: Record<string, unknown> & CompanyFacts;
}

/** Facts the office has not recorded count as none (no rating, nothing supplied, nothing sold). */
const NO_FACTS: CompanyFacts = {
  creditRank: 0,
  regionsSuppliedLastYear: 0,
  salesVolume: 0,
  affiliateGroup: null,
  annualCapacity: null,
  onViolationList: false,
  qualityFailureOn: null,
};

const toCount = (value: string | null) => (value === null ? null : Number(value));
/** 2026-11-20T09:30:00.120000 → 2026-11-20T09:30:00.12+08:00 (no fraction when whole seconds) */
const withOffset = (local: string) => `${local.replace(/\.?0+$/, '')}+08:00`;
const byCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The evaluation contract's input for a round, from the database: the catalogue; the opened bids
 * (tampered ones excluded) with their registrations' facts and their companies' facts; technical
 * results in dual-envelope rounds; revival answers (once the window has closed, an offer not
 * accepted counts as declined); region preferences; approved demand; the bid deadline in +08:00;
 * then the upheld objections' corrections.
 */
export async function buildEvaluationInput(
  trx: Transaction<Database>,
  round: InputRound,
  options: { readonly revivalClosed: boolean },
) {
  const frozen = round.ruleset_frozen;
  invariant(frozen && round.bidding_closes_at, `round ${round.id} never closed bidding`);
  const deadlineDay = shanghaiDate(round.bidding_closes_at);
  const catalogue = await repo.listCatalogue(trx, round.id);
  const regions = await repo.listRoundRegionCodes(trx, round.id);
  const opened = await repo.listOpenedBids(trx, round.id);
  const productCode = new Map(catalogue.map((p) => [p.id, p.code]));
  const specCode = new Map(catalogue.flatMap((p) => p.specs.map((s) => [s.id, s.code] as const)));

  const registrations = new Map<string, RegistrationRow>();
  for (const r of await listRegistrations(trx, round.id))
    registrations.set(`${r.company_id}|${r.spec_id}`, r);
  const registrationOf = (b: repo.OpenedBidRow) => registrations.get(`${b.company_id}|${b.spec_id ?? ''}`);
  const companies = await companyFacts(trx, opened, registrationOf, deadlineDay);

  const answers = new Map((await repo.listRevivalAnswers(trx, round.id)).map((o) => [o.bid_id, o.answer]));
  const hasRevival = frozen.priceCondition === 'spread-revival' || frozen.priceCondition === 'anchor';
  const regionSet = new Set(regions);
  const preferences = new Map(
    (await repo.listRegionPreferences(trx, round.id)).map((p) => [
      `${p.product_id}|${p.company_id}`,
      p.regions.filter((r) => regionSet.has(r)),
    ]),
  );

  const bids = opened.map((b): ContractBid => {
    const registration = registrationOf(b);
    const answer = answers.get(b.bid_id) ?? null;
    return {
      id: b.bid_id,
      productId: productCode.get(b.product_id) ?? b.product_id,
      specId: (b.spec_id && specCode.get(b.spec_id)) ?? b.spec_id ?? '',
      companyId: b.company_id,
      packPrice: b.pack_price ?? '0',
      submittedAt: withOffset(b.submitted_local),
      originator: registration?.originator ?? false,
      consistencyPassedOn: registration?.consistency_passed_on ?? null,
      approvalDate: registration?.approval_date ?? null,
      group: null,
      marketVolume: toCount(registration?.market_volume ?? null),
      technicalPass: frozen.dualEnvelope ? b.technical_pass : null,
      revival: answer !== 'accept' && options.revivalClosed && hasRevival ? 'decline' : answer,
      regionPreferences: preferences.get(`${b.product_id}|${b.company_id}`) ?? [],
      company: { ...(companies.get(b.company_id) ?? NO_FACTS) },
    };
  });
  const corrections = (await repo.listUpheldCorrections(trx, round.id)).map((o) =>
    parseStoredCorrection(o.correction),
  );
  const corrected = applyCorrections(bids, corrections).sort(
    (a, b) =>
      byCodePoints(a.productId, b.productId) ||
      byCodePoints(a.companyId, b.companyId) ||
      byCodePoints(a.id, b.id),
  );

  // G17: a brand must be a bidder of the product; demand for a brand that did not bid is generic
  const bidders = new Set(corrected.map((b) => `${b.productId}|${b.companyId}`));
  const demand = (await listDemandLines(trx, round.id)).map((l) => {
    const code = productCode.get(l.productId) ?? l.productId;
    const brand = l.brandCompanyId !== null && bidders.has(`${code}|${l.brandCompanyId}`);
    return {
      institutionId: l.hospitalId,
      regionId: l.regionId,
      productId: code,
      quantity: l.quantity,
      brandCompanyId: brand ? l.brandCompanyId : null,
      lastYearVolume: l.lastYearVolume,
      group: l.group,
    };
  });

  const document = {
    ruleset: orderRulesetChoice(publishedRulesetChoice(round.ruleset, frozen)),
    regions,
    products: catalogue.map((p) => ({
      id: p.code,
      name: p.name,
      form: p.form,
      volumeClass: p.volume_class,
      strengthUnit: p.strength_unit,
      representativeSpecId: p.representative_spec_code,
      specs: p.specs.map((s) => ({
        id: s.code,
        strength: s.strength,
        unitsPerPack: s.unit_count,
        volumeMl: s.volume_ml,
        ceiling: s.ceiling,
      })),
    })),
    bids: corrected,
    demand,
    deadline: formatShanghai(round.bidding_closes_at),
  };
  return { document, productIdByCode: new Map(catalogue.map((p) => [p.code, p.id])) };
}

/**
 * One set of facts per company (G47): the office's facts; the capacity is the smallest the company
 * declared for the specs it bid (one number per company in the contract, one per spec here), null
 * when any of them is undeclared.
 */
async function companyFacts(
  trx: Transaction<Database>,
  opened: readonly repo.OpenedBidRow[],
  registrationOf: (b: repo.OpenedBidRow) => RegistrationRow | undefined,
  deadlineDay: string,
): Promise<Map<string, CompanyFacts>> {
  const ids = [...new Set(opened.map((b) => b.company_id))];
  const facts = new Map((await listCompanyFacts(trx, ids)).map((f) => [f.company_id, f]));
  const out = new Map<string, CompanyFacts>();
  for (const id of ids) {
    const own = opened.filter((b) => b.company_id === id);
    const capacities = own.map((b) => toCount(registrationOf(b)?.annual_capacity ?? null));
    const annualCapacity = capacities.some((c) => c === null) ? null : Math.min(...(capacities as number[]));
    const fact = facts.get(id);
    const base = fact ? toDomainCompanyFacts(fact, undefined, deadlineDay) : NO_FACTS;
    out.set(id, { ...base, annualCapacity });
  }
  return out;
}
