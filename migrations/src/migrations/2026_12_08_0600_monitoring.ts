import { sql, type Kysely } from 'kysely';

// Monitoring the cycle (issue 12.4). A national round has ~3 million agreement lines: summing them per
// progress query is too slow, so `agreed_total` holds the agreed volume and
// contracted amount per round × region × product × company, kept by statement triggers on
// agreement_line exactly as `purchase_month` is kept on purchase (every writer of lines — the
// agreement job, a backup activation, the seed, a bulk load — adds to it without knowing). Winners'
// monthly stock reports (库存) and the office's notices on non-winning purchases over their cap are
// plain tables. Imports nothing of ours: migrations outlive the code.

// the contracted amount of a line (docs/rules.md §12, contractedAmount): price × units ÷ units per pack,
// half up to the fen (PostgreSQL rounds numeric half away from zero: the same for positive amounts)
const LINE_AMOUNT = (l: string) => `round(${l}.pack_price * ${l}.agreed_volume / ${l}.units_per_pack, 2)`;

const ROLLUP_DELTA = (rows: string, sign: '' | '-') => `
  select a.round_id, h.region_code, ${rows}.product_id, a.company_id,
    ${sign}${rows}.agreed_volume as units, ${sign}${LINE_AMOUNT(rows)} as amount, ${sign}1 as lines,
    ${rows}.cycle_start, ${rows}.cycle_end
  from ${rows} join agreement a on a.id = ${rows}.agreement_id join organisation h on h.id = a.hospital_id`;

const UPSERT = (source: string) => `
  insert into agreed_total as t (round_id, region_code, product_id, company_id, units, amount, lines,
    cycle_start, cycle_end)
  select round_id, region_code, product_id, company_id, sum(units), sum(amount), sum(lines),
    min(cycle_start), max(cycle_end)
  from (${source}) d
  group by 1, 2, 3, 4
  on conflict (round_id, region_code, product_id, company_id) do update
    set units = t.units + excluded.units, amount = t.amount + excluded.amount, lines = t.lines + excluded.lines,
      cycle_start = least(t.cycle_start, excluded.cycle_start), cycle_end = greatest(t.cycle_end, excluded.cycle_end)`;

const STATEMENTS = [
  `create table agreed_total (
     round_id uuid not null references round(id),
     region_code text not null references region(code),
     product_id uuid not null references product(id),
     company_id uuid not null references organisation(id),
     -- agreed volume in smallest units, and the contracted amount (sum of the lines' rounded amounts)
     units bigint not null default 0,
     amount numeric not null default 0,
     lines integer not null default 0,
     -- the earliest start and latest end of the lines' cycles (one cycle per round, backups may start later)
     cycle_start date not null,
     cycle_end date not null,
     primary key (round_id, region_code, product_id, company_id))`,
  `create function agreed_total_inserted() returns trigger language plpgsql as $$
   begin ${UPSERT(ROLLUP_DELTA('written', ''))}; return null; end $$`,
  // a line deleted on its own is subtracted; agreements themselves are never deleted (purchases,
  // signatures and PDFs refer to them), so the cascade from agreement, which would find no agreement
  // left to join, does not arise
  `create function agreed_total_deleted() returns trigger language plpgsql as $$
   begin ${UPSERT(ROLLUP_DELTA('removed', '-'))}; return null; end $$`,
  `create function agreed_total_updated() returns trigger language plpgsql as $$
   begin ${UPSERT(`${ROLLUP_DELTA('before_rows', '-')} union all ${ROLLUP_DELTA('after_rows', '')}`)};
   return null; end $$`,
  `create trigger agreed_total_on_insert after insert on agreement_line
     referencing new table as written for each statement execute function agreed_total_inserted()`,
  `create trigger agreed_total_on_delete after delete on agreement_line
     referencing old table as removed for each statement execute function agreed_total_deleted()`,
  `create trigger agreed_total_on_update after update on agreement_line
     referencing old table as before_rows new table as after_rows for each statement
     execute function agreed_total_updated()`,
  // lines made before this migration
  UPSERT(ROLLUP_DELTA('agreement_line', '')),

  // non-winning purchases (bought outside any agreement) of one hospital and product, found without a scan
  `create index purchase_outside_agreement on purchase (round_id, hospital_id, product_id)
     where agreement_id is null and status <> 'cancelled'`,
  // deliveries of a company (the supply figures and the lag alert)
  `create index delivery_company on delivery (company_id)`,

  // ── the office's notice on a hospital's non-winning purchases over last year's volume (已约谈)
  `create table non_winner_notice (
     round_id uuid not null references round(id),
     hospital_id uuid not null references organisation(id),
     product_id uuid not null references product(id),
     note text not null check (length(note) between 1 and 500),
     -- the excess (units) when the office acted: a later excess beyond it shows the case again
     excess_units bigint not null check (excess_units > 0),
     notified_at timestamptz not null default jicai_now(),
     notified_by uuid references app_user(id),
     primary key (round_id, hospital_id, product_id))`,

  // ── a winner's monthly stock report (库存): packs in stock per product, optionally per region
  `create table inventory_report (
     id uuid primary key default gen_random_uuid(),
     round_id uuid not null references round(id),
     company_id uuid not null references organisation(id),
     product_id uuid not null references product(id),
     region_code text references region(code),
     month date not null check (extract(day from month) = 1),
     stock_packs bigint not null check (stock_packs >= 0),
     reported_at timestamptz not null default jicai_now(),
     reported_by uuid references app_user(id))`,
  `create unique index inventory_report_entry on inventory_report (round_id, company_id, month, product_id, region_code)
     nulls not distinct`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of [
    'drop table inventory_report',
    'drop table non_winner_notice',
    'drop index delivery_company',
    'drop index purchase_outside_agreement',
    'drop trigger agreed_total_on_update on agreement_line',
    'drop trigger agreed_total_on_delete on agreement_line',
    'drop trigger agreed_total_on_insert on agreement_line',
    'drop function agreed_total_updated',
    'drop function agreed_total_deleted',
    'drop function agreed_total_inserted',
    'drop table agreed_total',
  ])
    await sql.raw(statement).execute(db);
}
