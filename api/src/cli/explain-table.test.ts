import {
  decodeRoundInput,
  evaluate,
  findBuiltInRuleset,
  type Evaluation,
  type RoundInput,
  type Ruleset,
} from '@jicai/domain';
import { describe, expect, it } from 'vitest';
import { renderExplanation } from './explain-table.js';
import { at, testRound } from '../test-support/cli-test-round.js';

/** `--explain`: a reading aid on stderr; these tests pin what an office must find in it. */

function decoded(round: ReturnType<typeof testRound>): RoundInput {
  const result = decodeRoundInput(JSON.parse(JSON.stringify(round)));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.input;
}

function builtIn(name: string): Ruleset {
  const ruleset = findBuiltInRuleset(name);
  if (!ruleset) throw new Error(name);
  return ruleset;
}

const HEADERS = ['品种', '分组', '状态', 'N', 'M', '最低价', '阈值', '中选数', '比例', '周期', '约定采购量'];
const BID_HEADERS = [
  '排名',
  '企业',
  '投标',
  '单位申报价',
  '单位可比价',
  '降幅',
  '结果',
  '达标条件',
  '原因',
  '中选价',
];

describe('renderExplanation', () => {
  const input = decoded(testRound());

  it('shows each product, its bids and its regions', () => {
    const text = renderExplanation(input, evaluate(input, builtIn('nvbp-7')));
    for (const header of [...HEADERS, ...BID_HEADERS, '主供', '备供']) expect(text).toContain(header);
    expect(text).toContain('P1 阿托伐他汀钙片');
    expect(text).toContain('SPREAD_1_8');
    // reduction 0.6471 of B2 as a percentage
    expect(text).toContain('64.71%');
  });

  it('shows the reasons of an invalid bid', () => {
    const round = testRound();
    at(round.bids, 0)['packPrice'] = '99.00';
    const invalid = decoded(round);
    expect(renderExplanation(invalid, evaluate(invalid, builtIn('nvbp-7')))).toContain('CEILING_EXCEEDED');
  });

  it('prints convention notes; one for an entry not shown comes at the end', () => {
    const evaluation: Evaluation = {
      result: { ruleset: { name: 'nvbp-7', version: '1' }, products: [] },
      notes: [{ productId: 'P9', group: null, bidId: 'B9', text: '⚙ a convention decided this' }],
      revivalOffers: [],
    };
    expect(renderExplanation(input, evaluation)).toContain('P9  [B9] ⚙ a convention decided this');
  });

  it('shows a pending revival offer where its winning price will be (G13 keeps it off stdout)', () => {
    // nvbp-10 with a multiple of 1.01: P1's threshold is 0.7130, B1 (0.7500) fails rule 1 and, the
    // only rule-1 winner being B2, is offered that threshold
    const pending = decoded(testRound());
    const ruleset = builtIn('nvbp-10');
    const evaluation = evaluate(pending, { ...ruleset, spreadMultiple: '1.01' });
    const offer = evaluation.revivalOffers[0];
    expect(offer).toMatchObject({ bidId: 'B1', offerUcp: '0.7130' });
    expect(renderExplanation(pending, evaluation)).toContain('复活报价 offer 0.7130 (待答复 pending)');
  });

  it('uses no colours: the text goes to files and pipes too', () => {
    const text = renderExplanation(input, evaluate(input, builtIn('nvbp-11')));
    expect(text.includes('\u001b[')).toBe(false);
  });
});
