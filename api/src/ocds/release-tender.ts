import type { RecordedRound } from './ocds.table.js';
import { valueOf } from './ocds-value.js';
import { addOffice, isoOf, itemId, Parties, type Json } from './release-parts.js';
import type { RoundFacts } from './round-facts.js';

/** Items: one per spec of every product, with its ceiling (最高有效申报价, per unit). */
export function tenderItems(facts: RoundFacts): Json[] {
  return facts.products.flatMap((p) =>
    p.specs.map((s) => ({
      id: itemId(p.code, s.code),
      description: `${p.name} ${s.strength}${p.strength_unit} × ${s.unit_count}`,
      ...(p.national_drug_code
        ? { classification: { scheme: 'CN-NHSA', id: p.national_drug_code, description: p.name } }
        : {}),
      unit: { name: `${s.strength}${p.strength_unit}` },
      productCode: p.code,
      specCode: s.code,
      unitsPerPack: s.unit_count,
      ceilingUnitPrice: valueOf(s.ceiling),
    })),
  );
}

const period = (start: string | null, end: string | null): Json | undefined =>
  start === null ? undefined : { startDate: isoOf(start), ...(end === null ? {} : { endDate: isoOf(end) }) };

/**
 * At publication (planning and tender): what is procured, the calendar, the supply regions and the
 * ruleset. No company is named: who registered or bid is not public before the opening.
 */
export function tenderRelease(facts: RoundFacts, round: RecordedRound): Json {
  const parties = new Parties();
  const procuringEntity = addOffice(facts, parties);
  const tenderPeriod = period(round.bidding_opens_at, round.bidding_closes_at);
  const awardPeriod = period(round.opening_at, null);
  return {
    tag: ['planning', 'tender'],
    parties: parties.list(),
    planning: {
      rationale: `国家组织药品集中带量采购：${round.name}。医疗机构报送需求量，按约定采购量以量换价，中选企业与医疗机构签订购销协议。`,
    },
    tender: {
      id: round.code,
      title: round.name,
      status: 'active',
      ...(procuringEntity ? { procuringEntity } : {}),
      items: tenderItems(facts),
      procurementMethod: 'open',
      procurementMethodDetails: '集中带量采购（以量换价）',
      mainProcurementCategory: 'goods',
      awardCriteria: 'priceOnly',
      awardCriteriaDetails: `单位可比价，按规则集 ${round.ruleset_frozen?.name ?? ''} 评审`,
      submissionMethod: ['electronicSubmission'],
      ...(tenderPeriod ? { tenderPeriod } : {}),
      ...(awardPeriod ? { awardPeriod } : {}),
      supplyRegions: facts.regions.map((r) => ({ id: r.code, name: r.name })),
      ruleset: {
        name: round.ruleset_frozen?.name ?? null,
        uri: `${facts.origin}/api/rounds/${encodeURIComponent(round.code)}`,
      },
    },
  };
}

/**
 * The calendar of a published round moved (a deadline extension after an outage, 系统故障顺延):
 * the tender's periods as they now are, and the amendment.
 */
export function amendmentRelease(round: RecordedRound, amendmentId: string, date: string): Json {
  const tenderPeriod = period(round.bidding_opens_at, round.bidding_closes_at);
  const awardPeriod = period(round.opening_at, null);
  return {
    tag: ['tenderAmendment'],
    tender: {
      id: round.code,
      status: 'active',
      ...(tenderPeriod ? { tenderPeriod } : {}),
      ...(awardPeriod ? { awardPeriod } : {}),
      amendments: [
        {
          id: amendmentId,
          date,
          description: '时间安排变更（如系统故障顺延），以平台公告为准',
        },
      ],
    },
  };
}

/** A cancelled round: the tender is cancelled. */
export function cancellationRelease(round: RecordedRound): Json {
  return { tag: ['tenderCancellation'], tender: { id: round.code, status: 'cancelled' } };
}
