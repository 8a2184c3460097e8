import { describe, expect, it } from 'vitest';
import { checkUscc, usccCheckCharacter } from './uscc.js';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts published codes', () => {
    // codes as printed on business licences (Shenzhen, Hangzhou, Beijing registrations)
    for (const code of [
      '9144030071526726XG',
      '91330100799655058B',
      '91110000802100433B',
      '911100001000044477',
      '91440300708461136T',
    ]) {
      expect(checkUscc(code)).toBe(null);
    }
  });
  it('refuses a wrong check character, bad characters and lengths', () => {
    expect(checkUscc('9144030071526726XH')).toBe('CHECK_DIGIT');
    expect(checkUscc('9131000071093617IJ')).toBe('CHARACTERS');
    expect(checkUscc('9131000071093617')).toBe('LENGTH');
  });
  it('computes the check character', () => {
    expect(usccCheckCharacter('91330100799655058')).toBe('B');
  });
});
