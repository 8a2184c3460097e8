import { decodeRulesetChoice } from '@jicai/domain';
import { describe, expect, it } from 'vitest';
import { schemaMessageZh } from './schema-messages-zh.js';

describe('schemaMessageZh (issue 8 §9)', () => {
  it('words fixed and interpolated schema messages in Chinese, with their values', () => {
    expect(schemaMessageZh('must be more than 0')).toBe('须大于 0');
    expect(schemaMessageZh('at most 4 decimal places')).toBe('最多 4 位小数');
    expect(schemaMessageZh('spec "S1" listed twice')).toBe('规格 "S1" 重复列出');
    expect(schemaMessageZh('must be an integer ≥ 2')).toBe('须为不小于 2 的整数');
    expect(schemaMessageZh('a message nobody wrote')).toBeUndefined();
  });

  it('covers every problem the ruleset decoder gives for a bad choice', () => {
    const bad = [undefined, 7, 'no-such-ruleset', {}, { extends: 'no-such' }, { extends: 'nvbp-7', nope: 1 }];
    for (const raw of bad) {
      const decoded = decodeRulesetChoice(raw, 'ruleset');
      expect(decoded.ok).toBe(false);
      if (decoded.ok) continue;
      for (const p of decoded.problems)
        expect(schemaMessageZh(p.message), p.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
