import {
  bidCommitment,
  digestText,
  envelopeAad,
  normalizePackPrice,
  openPriceEnvelope,
  openTechnicalEnvelope,
} from '../bids/bid-commitment.js';
import type { OpenedBidValues, SealedBidRow } from './bid-opening.repository.js';

/** What the technical phase left for a bid (dual-envelope rounds). */
export interface TechnicalOutcome {
  readonly technical: string | null;
  readonly status: string;
  readonly problem: string | null;
}

const base = (roundId: string, bid: SealedBidRow) => ({
  bidId: bid.id,
  roundId,
  companyId: bid.company_id,
  productId: bid.product_id,
  submittedAt: bid.received_at,
  revision: bid.revision,
  commitment: bid.commitment as string,
});

const tampered = (roundId: string, bid: SealedBidRow, problem: string, technical: string | null = null) => ({
  ...base(roundId, bid),
  specId: null,
  packPrice: null,
  salt: null,
  technical,
  status: 'tampered' as const,
  problem,
});

/** Opens a technical envelope; a box that fails to open is recorded as tampered, never skipped. */
export function openTechnicalBid(privateKey: Buffer, roundId: string, bid: SealedBidRow): OpenedBidValues {
  if (!bid.technical_envelope) return tampered(roundId, bid, 'the technical envelope is missing');
  try {
    const aad = envelopeAad(roundId, bid.company_id, bid.product_id);
    const technical = openTechnicalEnvelope(privateKey, bid.technical_envelope, aad);
    return {
      ...base(roundId, bid),
      specId: null,
      packPrice: null,
      salt: null,
      technical,
      status: 'technical-opened',
      problem: null,
    };
  } catch {
    return tampered(
      roundId,
      bid,
      'the technical envelope failed to decrypt (altered ciphertext or wrong row)',
    );
  }
}

/**
 * Opens a price envelope and checks it against the commitment the company holds a receipt for: an
 * altered box fails authentication; a box replaced by a validly sealed other bid (anyone can seal to
 * the public key) fails the commitment. Either way the bid is recorded as tampered.
 * `technical`: in a dual-envelope round, what the technical phase opened for this bid (null: nothing).
 */
export function openPriceBid(
  privateKey: Buffer,
  roundId: string,
  bid: SealedBidRow,
  specIds: ReadonlyMap<string, string>,
  technical?: TechnicalOutcome | null,
): OpenedBidValues {
  if (technical === null) return tampered(roundId, bid, 'the bid was not opened in the technical phase');
  if (technical && technical.status === 'tampered')
    return tampered(roundId, bid, technical.problem ?? 'tampered', technical.technical);
  if (!bid.envelope) return tampered(roundId, bid, 'the price envelope is missing');
  let content;
  try {
    content = openPriceEnvelope(
      privateKey,
      bid.envelope,
      envelopeAad(roundId, bid.company_id, bid.product_id),
    );
  } catch {
    return tampered(roundId, bid, 'the price envelope failed to decrypt (altered ciphertext or wrong row)');
  }
  const expectedDigest = technical?.technical == null ? undefined : digestText(technical.technical);
  const commitment = bidCommitment({
    roundId,
    productCode: bid.product_code,
    companyId: bid.company_id,
    specCode: content.specCode,
    packPrice: content.packPrice,
    salt: content.salt,
    technicalDigest: content.technicalDigest,
  });
  if (commitment !== bid.commitment)
    return tampered(
      roundId,
      bid,
      'the opened bid does not match its commitment',
      technical?.technical ?? null,
    );
  if (content.technicalDigest !== expectedDigest)
    return tampered(
      roundId,
      bid,
      'the technical envelope does not match the committed digest',
      technical?.technical ?? null,
    );
  const specId = specIds.get(`${bid.product_id}|${content.specCode}`);
  const valid =
    /^[0-9]{1,10}\.[0-9]{2}$/.test(content.packPrice) &&
    normalizePackPrice(content.packPrice) === content.packPrice;
  if (!specId || !valid || !/[1-9]/.test(content.packPrice) || !/^[0-9a-f]{64}$/.test(content.salt))
    return tampered(roundId, bid, 'the opened bid names no spec of the product or no valid price');
  return {
    ...base(roundId, bid),
    specId,
    packPrice: content.packPrice,
    // revealed with the price: verification re-derives the commitment from spec, price and salt
    salt: content.salt,
    technical: technical?.technical ?? null,
    status: 'opened',
    problem: null,
  };
}
