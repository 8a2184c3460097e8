import { describe, expect, it } from 'vitest';
import { ephemeralSigner } from '../sealing/platform-signer.js';
import {
  normalizeVerificationCode,
  VERIFICATION_CODE_PATTERN,
  verificationCodeFor,
  verificationUrl,
} from './verification-code.js';

describe('verification codes', () => {
  const signer = ephemeralSigner();

  it('are 12 unambiguous characters in three groups, the same for the same document', () => {
    const code = verificationCodeFor(signer, 'bid-receipt', 'bid:1');
    expect(code).toMatch(VERIFICATION_CODE_PATTERN);
    expect(code).not.toMatch(/[ILOU]/);
    expect(verificationCodeFor(signer, 'bid-receipt', 'bid:1')).toBe(code);
  });

  it('differ by kind, subject and platform key (nobody computes one from public facts)', () => {
    const code = verificationCodeFor(signer, 'bid-receipt', 'bid:1');
    expect(verificationCodeFor(signer, 'bid-receipt', 'bid:2')).not.toBe(code);
    expect(verificationCodeFor(signer, 'award-notice', 'bid:1')).not.toBe(code);
    expect(verificationCodeFor(ephemeralSigner(), 'bid-receipt', 'bid:1')).not.toBe(code);
  });

  it('are read back from any case, spacing and look-alike letters', () => {
    expect(normalizeVerificationCode(' 7k3m q9tx 2b4r ')).toBe('7K3M-Q9TX-2B4R');
    expect(normalizeVerificationCode('7K3M—Q9TX—2B4R')).toBe('7K3M-Q9TX-2B4R');
    expect(normalizeVerificationCode('O1IL-0000-0000')).toBe('0111-0000-0000');
    expect(normalizeVerificationCode('7K3M-Q9TX-2B4')).toBeNull();
    expect(normalizeVerificationCode('7K3M-Q9TX-2B4U')).toBeNull();
    expect(normalizeVerificationCode('../../etc/passwd')).toBeNull();
  });

  it('resolve on the portal page /verify/{code}', () => {
    expect(verificationUrl('https://jicai.example.cn/', 'AAAA-BBBB-CCCC')).toBe(
      'https://jicai.example.cn/verify/AAAA-BBBB-CCCC',
    );
  });
});
