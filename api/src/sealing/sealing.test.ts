import { createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealWithKey } from './aes-gcm.js';
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

  it('still opens first-version envelopes (a wrapping key per row), and a version label cannot be moved', () => {
    const aad = 'round:R1|bid:B9';
    const eph = generateKeyPairSync('x25519');
    const shared = diffieHellman({
      privateKey: eph.privateKey,
      publicKey: createPublicKey({ key: pair.publicKeyDer, format: 'der', type: 'spki' }),
    });
    const kek = Buffer.from(hkdfSync('sha256', shared, Buffer.alloc(0), `jicai bid key wrap|${aad}`, 32));
    const dataKey = randomBytes(32);
    const v1 = {
      ephemeral: eph.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
      wrappedKey: sealWithKey(kek, dataKey, `${aad}|key`).box,
      box: sealWithKey(dataKey, Buffer.from('first version'), aad).box,
    };
    expect(openForRound(pair.privateKeyDer, v1, aad).toString()).toBe('first version');
    expect(() => openForRound(pair.privateKeyDer, { ...v1, v: 2 }, aad)).toThrow();
    const { v: _label, ...unlabelled } = sealed;
    expect(() => openForRound(pair.privateKeyDer, unlabelled, 'round:R1|bid:B1')).toThrow();
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
