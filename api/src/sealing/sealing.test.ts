import { describe, expect, it } from 'vitest';
import { generateRoundKeyPair, openForRound, sealForRound } from './round-key.js';
import { combineRoundKey, splitRoundKey } from './key-shares.js';
import { ephemeralSigner } from './platform-signer.js';

describe('sealing primitives', () => {
  const pair = generateRoundKeyPair();
  const sealed = sealForRound(pair.publicKeyDer, Buffer.from('{"packPrice":"10.50"}'), 'round:R1|bid:B1');

  it('opens with the round key and refuses tampering or the wrong row', () => {
    expect(openForRound(pair.privateKeyDer, sealed, 'round:R1|bid:B1').toString()).toBe(
      '{"packPrice":"10.50"}',
    );
    const flipped = Buffer.from(sealed.box, 'base64');
    flipped[20] = (flipped[20] as number) ^ 1;
    expect(() =>
      openForRound(pair.privateKeyDer, { ...sealed, box: flipped.toString('base64') }, 'round:R1|bid:B1'),
    ).toThrow();
    expect(() => openForRound(pair.privateKeyDer, sealed, 'round:R1|bid:B2')).toThrow();
    expect(() => openForRound(generateRoundKeyPair().privateKeyDer, sealed, 'round:R1|bid:B1')).toThrow();
  });

  it('needs k of n shares: k − 1 give nothing, any k give the key', async () => {
    const shares = await splitRoundKey(pair.privateKeyDer, 5, 3);
    expect(await combineRoundKey(shares.slice(0, 2), pair.publicKeyDer)).toBe(null);
    expect(
      (await combineRoundKey([shares[4], shares[1], shares[3]] as string[], pair.publicKeyDer))?.equals(
        pair.privateKeyDer,
      ),
    ).toBe(true);
  });

  it('signs and verifies receipts', () => {
    const signer = ephemeralSigner();
    const sig = signer.sign(Buffer.from('receipt'));
    expect(signer.verify(Buffer.from('receipt'), sig)).toBe(true);
    expect(signer.verify(Buffer.from('receipT'), sig)).toBe(false);
  });
});
