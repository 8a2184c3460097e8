import type { ColumnType, Generated } from 'kysely';

// The execution ledger's tables (migration 2026_12_08_0100): purchases, deliveries, invoices,
// payments, prepayments, payment terms and the monthly rollup. Feature folders read and write them
// through their own repositories.

type DbTime = ColumnType<Date, Date | undefined, Date>;
/** bigint columns arrive as strings (pg int8) */
type Int8 = ColumnType<string, number | string | bigint, number | string | bigint>;
/** pg numeric arrives as a decimal string and is written as one: never a JS number */
type Numeric = ColumnType<string, string, string>;
/** pg date stays a 'YYYY-MM-DD' string (db/database.ts) */
type DateOnly = ColumnType<string, string, string>;

export const PURCHASE_SOURCES = ['order', 'import'] as const;
export type PurchaseSource = (typeof PURCHASE_SOURCES)[number];

/** An order's life; an imported line is `recorded` (bought and received outside the platform). */
export const PURCHASE_STATUSES = [
  'ordered',
  'confirmed',
  'delivered',
  'accepted',
  'cancelled',
  'recorded',
] as const;
export type PurchaseStatus = (typeof PURCHASE_STATUSES)[number];

export const PAYERS = ['hospital', 'insurance-fund', 'prepayment'] as const;
export type Payer = (typeof PAYERS)[number];

export interface PaymentTermsTable {
  round_id: string;
  /** null: the round's default; a region's row wins */
  region_code: string | null;
  due_days: number;
  working_days: Generated<boolean>;
  set_at: DbTime;
  set_by: string | null;
}

export interface PurchaseImportTable {
  id: Generated<string>;
  hospital_id: string;
  round_id: string;
  file_sha256: string;
  file_name: string;
  line_count: number;
  imported_at: DbTime;
  imported_by: string | null;
}

export interface PurchaseTable {
  /** an identity (int8): appended in order by bulk ingest */
  id: ColumnType<string, never, never>;
  round_id: string;
  hospital_id: string;
  region_code: string;
  product_id: string;
  company_id: string;
  agreement_id: string | null;
  spec_code: string;
  packs: number;
  units: Int8;
  pack_price: Numeric;
  amount: Numeric;
  over_agreed: Generated<boolean>;
  ordered_on: DateOnly;
  ordered_at: DbTime;
  ordered_by: string | null;
  source: PurchaseSource;
  import_id: string | null;
  external_ref: string | null;
  status: PurchaseStatus;
  confirmed_at: Date | null;
  /** the hospital cancelled the order before anything was delivered (migration 2026_12_08_0300) */
  cancelled_at: Date | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
}

export interface PurchaseMonthTable {
  round_id: string;
  region_code: string;
  product_id: string;
  company_id: string;
  /** the month's first day */
  month: DateOnly;
  units: Int8;
  amount: Numeric;
  lines: number;
}

export interface DeliveryTable {
  id: Generated<string>;
  purchase_id: string;
  company_id: string;
  distributor_id: string | null;
  batch_no: string;
  expiry_on: DateOnly | null;
  packs: number;
  delivered_on: DateOnly;
  delivered_at: DbTime;
  delivered_by: string | null;
  accepted_at: Date | null;
  accepted_on: DateOnly | null;
  accepted_by: string | null;
  accepted_packs: number | null;
  short_packs: number | null;
  damaged_packs: number | null;
  acceptance_note: string | null;
}

export interface InvoiceTable {
  id: Generated<string>;
  delivery_id: string;
  round_id: string;
  hospital_id: string;
  company_id: string;
  number: string;
  amount: Numeric;
  issued_on: DateOnly;
  due_on: DateOnly;
  recorded_at: DbTime;
}

export interface PrepaymentTable {
  id: Generated<string>;
  round_id: string;
  hospital_id: string;
  amount: Numeric;
  paid_on: DateOnly;
  recorded_at: DbTime;
  recorded_by: string | null;
}

export interface PaymentTable {
  id: Generated<string>;
  invoice_id: string;
  payer: Payer;
  prepayment_id: string | null;
  amount: Numeric;
  paid_on: DateOnly;
  recorded_at: DbTime;
  recorded_by: string | null;
}

export interface LedgerTables {
  payment_terms: PaymentTermsTable;
  purchase_import: PurchaseImportTable;
  purchase: PurchaseTable;
  purchase_month: PurchaseMonthTable;
  delivery: DeliveryTable;
  invoice: InvoiceTable;
  prepayment: PrepaymentTable;
  payment: PaymentTable;
}
