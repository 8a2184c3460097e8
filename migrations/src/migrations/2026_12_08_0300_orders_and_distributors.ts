import { sql, type Kysely } from 'kysely';

// Orders, deliveries and acceptance (issue 12.2): a company's distributors (配送企业), which a
// delivery may name, and the hospital's cancellation of an order before anything was delivered.
// Distributors do not sign in: the company records the deliveries they carry. Imports nothing of ours.

const STATEMENTS = [
  `create table distributor (
     id uuid primary key default gen_random_uuid(),
     company_id uuid not null references organisation(id),
     name text not null check (length(name) between 1 and 200),
     uscc text not null check (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
     -- the regions it delivers to (region codes); empty: wherever the company sends it
     regions text[] not null default '{}',
     created_at timestamptz not null default jicai_now(),
     created_by uuid references app_user(id),
     unique (company_id, uscc),
     -- a delivery names a distributor of its own company
     unique (id, company_id))`,
  `alter table delivery add constraint delivery_distributor
     foreign key (distributor_id, company_id) references distributor (id, company_id)`,
  `alter table purchase
     add column cancelled_at timestamptz,
     add column cancelled_by uuid references app_user(id),
     add column cancel_reason text check (length(cancel_reason) between 1 and 500)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of [
    'alter table purchase drop column cancelled_at, drop column cancelled_by, drop column cancel_reason',
    'alter table delivery drop constraint delivery_distributor',
    'drop table distributor',
  ])
    await sql.raw(statement).execute(db);
}
