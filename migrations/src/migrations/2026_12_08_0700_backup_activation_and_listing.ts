import { sql, type Kysely } from 'kysely';

// Issue 12 points 4 and 5. A backup activation (断供): the office hands a failed winner's regions of one
// product to their backup supplier; the failed lines end and new agreements (agreement.activation_id)
// carry the rest of the agreed volume. The listing (挂网): the public list of products hospitals may buy
// outside a round's winners, each row's every change kept with its reason (撤网 included).
// Imports nothing of ours: migrations outlive the code.

const STATEMENTS = [
  `create table backup_activation (
     id uuid primary key default gen_random_uuid(),
     round_id uuid not null references round(id),
     product_id uuid not null references product(id),
     group_key text,
     failed_company_id uuid not null references organisation(id),
     region_codes text[] not null check (cardinality(region_codes) > 0),
     reason text not null check (length(reason) between 1 and 2000),
     effective_on date not null,
     -- the company was put on the violation list (违规名单) by this decision; null: indefinitely
     violation_listed boolean not null default false,
     violation_until date,
     -- the whole decision as audited: lines ended, agreements made, volumes
     decision jsonb not null,
     activated_at timestamptz not null default jicai_now(),
     activated_by uuid references app_user(id),
     check (violation_listed or violation_until is null))`,
  `create index backup_activation_round on backup_activation (round_id, activated_at)`,
  `alter table agreement add constraint agreement_activation
     foreign key (activation_id) references backup_activation(id)`,

  `create table listing (
     id uuid primary key default gen_random_uuid(),
     round_id uuid not null references round(id),
     product_id uuid not null references product(id),
     company_id uuid not null references organisation(id),
     spec_code text not null,
     units_per_pack integer not null check (units_per_pack > 0),
     -- the listed price (挂网价) per pack of the spec
     pack_price numeric not null check (pack_price > 0),
     status text not null check (status in ('listed', 'delisted')),
     -- a winner of the round is listed at its awarded price
     winner boolean not null default false,
     created_at timestamptz not null default jicai_now(),
     updated_at timestamptz not null default jicai_now(),
     unique (product_id, company_id))`,
  `create index listing_company on listing (company_id)`,
  `create index listing_round on listing (round_id, product_id)`,

  `create table listing_change (
     id bigint generated always as identity primary key,
     listing_id uuid not null references listing(id),
     kind text not null check (kind in ('listed', 'repriced', 'delisted', 'relisted')),
     status text not null check (status in ('listed', 'delisted')),
     pack_price numeric not null check (pack_price > 0),
     previous_price numeric,
     reason_code text not null
       check (reason_code in ('AWARDED_PRICE', 'OVER_CAP', 'DID_NOT_BID', 'OFFICE')),
     reason text not null check (length(reason) between 1 and 2000),
     changed_at timestamptz not null default jicai_now(),
     changed_by uuid references app_user(id))`,
  `create index listing_change_listing on listing_change (listing_id, id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of [
    'drop table listing_change',
    'drop table listing',
    'alter table agreement drop constraint agreement_activation',
    'drop table backup_activation',
  ])
    await sql.raw(statement).execute(db);
}
