import { describe, expect, it } from 'vitest';
import { groupThousands, percent } from './agreement-pdf.js';

describe('numbers as an agreement prints them, by string', () => {
  it('groups thousands of decimal strings without a JS number', () => {
    expect(groupThousands('1088131.71')).toBe('1,088,131.71');
    expect(groupThousands('999.00')).toBe('999.00');
    expect(groupThousands('1234567')).toBe('1,234,567');
    expect(groupThousands('12345678901234567890.05')).toBe('12,345,678,901,234,567,890.05');
  });
  it('prints a share as a percentage', () => {
    expect(percent('0.30')).toBe('30%');
    expect(percent('0.3')).toBe('30%');
    expect(percent('0.05')).toBe('5%');
    expect(percent('0.125')).toBe('12.5%');
    expect(percent('1')).toBe('100%');
  });
});
