import { sql, type Kysely } from 'kysely';

// Several nodes over one database (issue 14): the platform's Ed25519 key signs receipts and derives the
// at-rest key that seals receipt salts and key shares, so every node must hold the same one. The first
// node to start records the public half here; a node with another key refuses to start.
// Imports nothing of ours: migrations outlive the code.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table platform_key (
     id smallint primary key default 1 check (id = 1),
     key_id text not null,
     public_key_pem text not null,
     first_node text not null,
     recorded_at timestamptz not null default jicai_now())`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table platform_key`.execute(db);
}
