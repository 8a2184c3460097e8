import { describe, expect, it } from 'vitest';
import { checkCeremony } from './ceremony-check';

describe('the key ceremony form’s own checks', () => {
  it('takes k from 2 to n with at least 2 custodians', () => {
    expect(checkCeremony('2', 2)).toEqual({});
    expect(checkCeremony('2', 3)).toEqual({});
    expect(checkCeremony('3', 3)).toEqual({});
  });

  it('names each wrong field: too few custodians, k not a whole number, below 2, above n', () => {
    expect(checkCeremony('2', 1)).toEqual({ officials: 'too-few' });
    expect(checkCeremony('', 3)).toEqual({ k: 'not-a-number' });
    expect(checkCeremony('2.5', 3)).toEqual({ k: 'not-a-number' });
    expect(checkCeremony('1', 3)).toEqual({ k: 'below-2' });
    expect(checkCeremony('3', 2)).toEqual({ k: 'above-n' });
    expect(checkCeremony('5', 0)).toEqual({ officials: 'too-few' });
  });
});
