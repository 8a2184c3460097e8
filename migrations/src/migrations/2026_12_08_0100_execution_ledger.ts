import { sql, type Kysely } from 'kysely';

// The execution ledger (issue 12): what happens in the cycle after the award. Agreements are signed by
// both parties; hospitals buy against them (purchase: a platform order or a line imported from the
// hospital's own system); companies deliver, hospitals accept, invoices are issued and paid, by the
// hospital, the insurance fund, or out of the fund's prepayment. The monthly rollup keeps the progress
// queries of a national cycle (5 million lines) to a few thousand rows. Purchases are keyed by an
// identity, not a uuid, so a bulk ingest appends to its indexes instead of scattering. Features add
// their own tables in their own migrations (distributors, inventory, listing, surplus, activation).
// Imports nothing of ours: migrations outlive the code.

const STATEMENTS = [
  // ── agreements: signing and lifecycle (drafted → signed; active and expired are read from the
  // line's cycle against the database's date; renewed when a renewal round is made from the round)
  `alter table agreement
     add column hospital_signed_at timestamptz,
     add column hospital_signed_by uuid references app_user(id),
     add column hospital_signature text,
     add column company_signed_at timestamptz,
     add column company_signed_by uuid references app_user(id),
     add column company_signature text,
     -- the agreement's own content hash (what both parties sign): SHA-256 of its canonical terms
     add column terms_sha256 text check (terms_sha256 ~ '^[0-9a-f]{64}$'),
     add column renewed_at timestamptz,
     -- an agreement made when the office activated a backup supplier (null: from the award)
     add column activation_id uuid,
     add constraint agreement_signed_whole check (
       (hospital_signed_at is null) = (hospital_signature is null)
       and (company_signed_at is null) = (company_signature is null))`,
  `alter table agreement drop constraint agreement_parties`,
  `create unique index agreement_parties on agreement (round_id, hospital_id, company_id) where activation_id is null`,
  `create unique index agreement_activation_parties on agreement (activation_id, hospital_id, company_id)
     where activation_id is not null`,
  // a line ends early when its supplier failed and the backup took over
  `alter table agreement_line
     add column ended_on date,
     add column end_reason text check (end_reason in ('passed-to-backup')),
     add constraint agreement_line_ended_whole check ((ended_on is null) = (end_reason is null))`,

  // ── payment terms per round, optionally per region (a region's row wins over the round's)
  `create table payment_terms (
     round_id uuid not null references round(id),
     region_code text references region(code),
     due_days integer not null check (due_days between 1 and 365),
     -- count working days of the round's calendar instead of calendar days
     working_days boolean not null default false,
     set_at timestamptz not null default jicai_now(),
     set_by uuid references app_user(id))`,
  `create unique index payment_terms_scope on payment_terms (round_id, region_code) nulls not distinct`,

  // ── a file of purchase records imported from a hospital's system: a re-sent file is recognised
  `create table purchase_import (
     id uuid primary key default gen_random_uuid(),
     hospital_id uuid not null references organisation(id),
     round_id uuid not null references round(id),
     file_sha256 text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
     file_name text not null,
     line_count integer not null check (line_count >= 0),
     imported_at timestamptz not null default jicai_now(),
     imported_by uuid references app_user(id),
     unique (hospital_id, round_id, file_sha256))`,

  // ── one purchase line: a product bought by a hospital from a company in a round's cycle
  `create table purchase (
     id bigint generated always as identity primary key,
     round_id uuid not null references round(id),
     hospital_id uuid not null references organisation(id),
     region_code text not null references region(code),
     product_id uuid not null references product(id),
     company_id uuid not null references organisation(id),
     -- null: bought outside an agreement (a non-winning product, or a listed one)
     agreement_id uuid references agreement(id),
     spec_code text not null,
     packs integer not null check (packs > 0),
     -- packs × units per pack: what agreed volumes count
     units bigint not null check (units > 0),
     pack_price numeric not null check (pack_price > 0),
     amount numeric not null check (amount > 0),
     -- at the time of the order the agreement line's agreed volume was already used up (same price)
     over_agreed boolean not null default false,
     ordered_on date not null,
     ordered_at timestamptz not null default jicai_now(),
     ordered_by uuid references app_user(id),
     -- 'order': placed in the platform, followed by deliveries; 'import': a line of the hospital's system
     source text not null check (source in ('order', 'import')),
     import_id uuid references purchase_import(id),
     -- the hospital's own number for the line (订单号 / 入库单号), unique per hospital
     external_ref text,
     status text not null check (status in ('ordered', 'confirmed', 'delivered', 'accepted', 'cancelled', 'recorded')),
     confirmed_at timestamptz,
     check ((source = 'import') = (import_id is not null)),
     check ((source = 'import') = (status = 'recorded')))`,
  `create unique index purchase_external_ref on purchase (hospital_id, external_ref) where external_ref is not null`,
  `create index purchase_hospital on purchase (round_id, hospital_id, product_id)`,
  `create index purchase_agreement on purchase (agreement_id) where agreement_id is not null`,
  `create index purchase_open_orders on purchase (company_id, round_id, ordered_at)
     where status in ('ordered', 'confirmed', 'delivered')`,

  // ── what the progress queries read: one row per round × region × product × company × month
  `create table purchase_month (
     round_id uuid not null references round(id),
     region_code text not null references region(code),
     product_id uuid not null references product(id),
     company_id uuid not null references organisation(id),
     month date not null check (extract(day from month) = 1),
     units bigint not null default 0,
     amount numeric not null default 0,
     lines integer not null default 0,
     primary key (round_id, region_code, product_id, company_id, month))`,
  // kept by statement triggers on purchase, so every writer (an order, a set-based import, the seed)
  // adds to it without knowing, one aggregate per statement; a cancelled order counts for nothing
  `create function purchase_month_inserted() returns trigger language plpgsql as $$
   begin
     insert into purchase_month as m (round_id, region_code, product_id, company_id, month, units, amount, lines)
     select round_id, region_code, product_id, company_id, date_trunc('month', ordered_on)::date,
       sum(units), sum(amount), count(*)
     from written where status <> 'cancelled'
     group by 1, 2, 3, 4, 5
     on conflict (round_id, region_code, product_id, company_id, month) do update
       set units = m.units + excluded.units, amount = m.amount + excluded.amount, lines = m.lines + excluded.lines;
     return null;
   end $$`,
  `create function purchase_month_updated() returns trigger language plpgsql as $$
   begin
     insert into purchase_month as m (round_id, region_code, product_id, company_id, month, units, amount, lines)
     select round_id, region_code, product_id, company_id, month, sum(units), sum(amount), sum(lines)
     from (
       select b.round_id, b.region_code, b.product_id, b.company_id,
         date_trunc('month', b.ordered_on)::date as month, -b.units as units, -b.amount as amount, -1 as lines
       from before_rows b where b.status <> 'cancelled'
       union all
       select a.round_id, a.region_code, a.product_id, a.company_id,
         date_trunc('month', a.ordered_on)::date, a.units, a.amount, 1
       from after_rows a where a.status <> 'cancelled'
     ) d
     group by 1, 2, 3, 4, 5
     having sum(units) <> 0 or sum(amount) <> 0 or sum(lines) <> 0
     on conflict (round_id, region_code, product_id, company_id, month) do update
       set units = m.units + excluded.units, amount = m.amount + excluded.amount, lines = m.lines + excluded.lines;
     return null;
   end $$`,
  `create trigger purchase_month_on_insert after insert on purchase
     referencing new table as written for each statement execute function purchase_month_inserted()`,
  `create trigger purchase_month_on_update after update on purchase
     referencing old table as before_rows new table as after_rows for each statement
     execute function purchase_month_updated()`,

  // ── deliveries (配送) by the company or its distributor, and the hospital's acceptance (验收)
  `create table delivery (
     id uuid primary key default gen_random_uuid(),
     purchase_id bigint not null references purchase(id),
     company_id uuid not null references organisation(id),
     -- the distributor (配送企业) that carried it, when not the company itself (distributor table: later migration)
     distributor_id uuid,
     batch_no text not null check (length(batch_no) between 1 and 40),
     expiry_on date,
     packs integer not null check (packs > 0),
     delivered_on date not null,
     delivered_at timestamptz not null default jicai_now(),
     delivered_by uuid references app_user(id),
     accepted_at timestamptz,
     accepted_on date,
     accepted_by uuid references app_user(id),
     accepted_packs integer check (accepted_packs >= 0),
     short_packs integer check (short_packs >= 0),
     damaged_packs integer check (damaged_packs >= 0),
     acceptance_note text,
     check ((accepted_at is null) = (accepted_on is null)
       and (accepted_at is null) = (accepted_packs is null)
       and (accepted_packs is null or accepted_packs + short_packs + damaged_packs = packs)))`,
  `create index delivery_purchase on delivery (purchase_id)`,

  // ── invoices (发票) on an accepted delivery; the payment clock runs from the acceptance
  `create table invoice (
     id uuid primary key default gen_random_uuid(),
     delivery_id uuid not null unique references delivery(id),
     round_id uuid not null references round(id),
     hospital_id uuid not null references organisation(id),
     company_id uuid not null references organisation(id),
     number text not null check (length(number) between 1 and 40),
     amount numeric not null check (amount > 0),
     issued_on date not null,
     -- acceptance date + the payment terms, fixed when the invoice is recorded
     due_on date not null,
     recorded_at timestamptz not null default jicai_now(),
     unique (company_id, number))`,
  `create index invoice_hospital on invoice (hospital_id, due_on)`,
  `create index invoice_company on invoice (company_id, due_on)`,

  // ── the fund's prepayment (医保基金预付) to a hospital at the start of the cycle
  `create table prepayment (
     id uuid primary key default gen_random_uuid(),
     round_id uuid not null references round(id),
     hospital_id uuid not null references organisation(id),
     amount numeric not null check (amount > 0),
     paid_on date not null,
     recorded_at timestamptz not null default jicai_now(),
     recorded_by uuid references app_user(id))`,
  `create index prepayment_hospital on prepayment (round_id, hospital_id)`,

  // ── payments (回款) of an invoice: by the hospital, directly by the fund, or set off against a prepayment
  `create table payment (
     id uuid primary key default gen_random_uuid(),
     invoice_id uuid not null references invoice(id),
     payer text not null check (payer in ('hospital', 'insurance-fund', 'prepayment')),
     prepayment_id uuid references prepayment(id),
     amount numeric not null check (amount > 0),
     paid_on date not null,
     recorded_at timestamptz not null default jicai_now(),
     recorded_by uuid references app_user(id),
     check ((payer = 'prepayment') = (prepayment_id is not null)))`,
  `create index payment_invoice on payment (invoice_id)`,
  `create index payment_prepayment on payment (prepayment_id) where prepayment_id is not null`,

  // ── a renewal round (接续) is made from an expiring one
  `alter table round add column renewed_from uuid references round(id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of [
    'alter table round drop column renewed_from',
    'drop table payment',
    'drop table prepayment',
    'drop table invoice',
    'drop table delivery',
    'drop table purchase_month',
    'drop table purchase',
    'drop function purchase_month_inserted',
    'drop function purchase_month_updated',
    'drop table purchase_import',
    'drop table payment_terms',
    `alter table agreement_line drop constraint agreement_line_ended_whole,
       drop column ended_on, drop column end_reason`,
    'drop index agreement_activation_parties',
    'drop index agreement_parties',
    `alter table agreement add constraint agreement_parties unique (round_id, hospital_id, company_id)`,
    `alter table agreement drop constraint agreement_signed_whole,
       drop column hospital_signed_at, drop column hospital_signed_by, drop column hospital_signature,
       drop column company_signed_at, drop column company_signed_by, drop column company_signature,
       drop column terms_sha256, drop column renewed_at, drop column activation_id`,
  ])
    await sql.raw(statement).execute(db);
}
