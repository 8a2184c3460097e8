import type { BodyRequest } from './matrix-bodies.js';

let serial = 0;

/** Valid bodies of the money operations (issue 12.3), on the world's deliveries of 10 packs at 2.80. */
export const MONEY_BODIES: Readonly<Record<string, (r: BodyRequest) => unknown>> = {
  'PUT /rounds/{roundId}/payment-terms': () => ({ round: { dueDays: 30, workingDays: false }, regions: [] }),
  'POST /rounds/{roundId}/deliveries/{deliveryId}/invoice': () => ({
    number: `MX-NEW-${++serial}`,
    issuedOn: '2020-01-02',
    amount: '28.00',
  }),
  'POST /rounds/{roundId}/invoices/{invoiceId}/payments': () => ({
    amount: '1.00',
    paidOn: '2020-01-03',
    payer: 'hospital',
  }),
  'POST /rounds/{roundId}/prepayments': ({ world }) => ({
    hospitalId: world.ids['hospital-user'].own.organisationId,
    amount: '100.00',
    paidOn: '2020-01-01',
  }),
};
