import { z } from '@hono/zod-openapi';
import { isCalendarDate } from '@jicai/domain';
import { roundIdParam, uuidParam } from '../http/ids.js';
import { listOf, PageQuery } from '../http/list.js';
import { PAYERS } from '../purchases/ledger.table.js';

// Money on time (issue 12.3): payment terms, invoices (发票), payments (回款), the fund's prepayments
// (医保基金预付) and the overdue lists.

const money = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,11})(\.[0-9]{1,2})?$/, 'a decimal string with at most 2 decimals')
  .openapi({ example: '1234.56' });
const day = z
  .string()
  .refine(isCalendarDate, 'not a YYYY-MM-DD calendar date')
  .openapi({ example: '2027-05-20' });
const REGION = /^[A-Z]{2,3}$/;

export const RoundIdParam = z.object({ roundId: roundIdParam() });
export const DeliveryIdParam = z.object({ roundId: roundIdParam(), deliveryId: uuidParam('deliveryId') });
export const InvoiceIdParam = z.object({ roundId: roundIdParam(), invoiceId: uuidParam('invoiceId') });

const Terms = z.object({
  dueDays: z.number().int('a whole number of days').min(1).max(365).describe('days after acceptance (验收)'),
  workingDays: z.boolean().describe('count working days of the office’s calendar instead of calendar days'),
});

export const PaymentTermsBody = z
  .object({
    round: Terms.nullable().describe('the round’s terms; null: the ruleset’s'),
    regions: z
      .array(Terms.extend({ regionCode: z.string().regex(REGION, 'a region code') }))
      .max(100)
      .default([])
      .describe('regions whose terms differ from the round’s: a region’s row wins'),
  })
  .openapi('PaymentTermsBody');

export const PaymentTerms = z
  .object({
    roundId: z.string(),
    ruleset: Terms.describe('the ruleset’s execution.paymentDueDays and paymentDueInWorkingDays'),
    round: Terms.nullable(),
    regions: z.array(Terms.extend({ regionCode: z.string(), regionName: z.string() })),
  })
  .openapi('PaymentTerms');

export const InvoiceBody = z
  .object({
    number: z.string().trim().min(1).max(40).describe('the invoice number (发票号码)'),
    issuedOn: day,
    amount: money.describe('must equal accepted packs × the awarded pack price, exactly'),
  })
  .openapi('InvoiceBody');

export const INVOICE_STATUSES = ['due', 'overdue', 'paid', 'paid-late'] as const;

export const Invoice = z
  .object({
    id: z.string(),
    roundId: z.string(),
    deliveryId: z.string(),
    hospitalId: z.string(),
    hospitalName: z.string(),
    regionCode: z.string().nullable(),
    companyId: z.string(),
    companyName: z.string(),
    productCode: z.string(),
    productName: z.string(),
    number: z.string(),
    amount: z.string(),
    paid: z.string().describe('Σ payments'),
    outstanding: z.string(),
    issuedOn: z.string(),
    acceptedOn: z.string(),
    dueOn: z.string(),
    status: z.enum(INVOICE_STATUSES),
    daysOverdue: z.number().int(),
  })
  .openapi('Invoice');
export const InvoiceList = listOf(Invoice, 'InvoiceList');

export const InvoiceListQuery = PageQuery.extend({
  status: z
    .enum(['open', ...INVOICE_STATUSES])
    .optional()
    .openapi({ param: { name: 'status', in: 'query' }, description: 'open: due or overdue' }),
});

export const InvoiceableDelivery = z
  .object({
    deliveryId: z.string(),
    hospitalId: z.string(),
    hospitalName: z.string(),
    productCode: z.string(),
    productName: z.string(),
    batchNo: z.string(),
    acceptedOn: z.string(),
    acceptedPacks: z.number().int(),
    packPrice: z.string(),
    amount: z.string().describe('accepted packs × pack price: what the invoice must say'),
  })
  .openapi('InvoiceableDelivery');
export const InvoiceableDeliveryList = listOf(InvoiceableDelivery, 'InvoiceableDeliveryList');

export const PaymentBody = z
  .object({
    amount: money.describe('at most the invoice’s outstanding amount'),
    paidOn: day,
    payer: z
      .enum(PAYERS)
      .describe(
        'hospital; insurance-fund (医保直接结算); prepayment (set off against the fund’s prepayment)',
      ),
  })
  .openapi('PaymentBody');

export const Payment = z
  .object({
    id: z.string(),
    invoiceId: z.string(),
    payer: z.enum(PAYERS),
    amount: z.string(),
    paidOn: z.string(),
    invoice: Invoice,
  })
  .openapi('Payment');

export const PrepaymentBody = z
  .object({ hospitalId: z.uuid('not an id (a uuid)'), amount: money, paidOn: day })
  .openapi('PrepaymentBody');

export const PrepaymentAccount = z
  .object({
    hospitalId: z.string(),
    hospitalName: z.string(),
    regionCode: z.string().nullable(),
    annualContractedAmount: z.string().describe('Σ contractedAmount over the hospital’s agreement lines'),
    minimum: z.string().describe('minimumPrepayment(annual contracted amount)'),
    prepaid: z.string(),
    setOff: z.string(),
    balance: z.string().describe('prepaid − set off'),
    belowMinimum: z.boolean(),
  })
  .openapi('PrepaymentAccount');
export const PrepaymentAccountList = listOf(PrepaymentAccount, 'PrepaymentAccountList');

export const OVERDUE_GROUPINGS = ['hospital', 'region', 'company'] as const;
export const OverdueQuery = PageQuery.extend({
  by: z
    .enum(OVERDUE_GROUPINGS)
    .default('hospital')
    .openapi({ param: { name: 'by', in: 'query' }, description: 'group overdue invoices by' }),
});

export const OverdueGroup = z
  .object({
    by: z.enum(OVERDUE_GROUPINGS),
    key: z.string().describe('the hospital’s or company’s id, or the region code'),
    name: z.string(),
    invoices: z.number().int(),
    outstanding: z.string(),
    maxDaysOverdue: z.number().int(),
    oldestDueOn: z.string(),
  })
  .openapi('OverdueGroup');
export const OverdueList = listOf(OverdueGroup, 'OverdueList');
