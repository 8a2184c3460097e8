import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../db/database.js';
import type { IssuedDocumentTable } from './issued-document.table.js';

export type IssuedDocumentRow = Selectable<IssuedDocumentTable>;

export function findIssuedDocument(
  db: Kysely<Database>,
  kind: string,
  subject: string,
): Promise<IssuedDocumentRow | undefined> {
  return db
    .selectFrom('issued_document')
    .selectAll()
    .where('kind', '=', kind)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

/** The document a verification code names, with its round's code and name. */
export function findIssuedDocumentByCode(db: Kysely<Database>, code: string) {
  return db
    .selectFrom('issued_document')
    .leftJoin('round', 'round.id', 'issued_document.round_id')
    .selectAll('issued_document')
    .select(['round.code as round_code', 'round.name as round_name'])
    .where('issued_document.verification_code', '=', code)
    .executeTakeFirst();
}

/** Inserts unless (kind, subject) is issued already: then undefined, and the first row stands. */
export function insertIssuedDocument(
  db: Kysely<Database>,
  row: Insertable<IssuedDocumentTable>,
): Promise<IssuedDocumentRow | undefined> {
  return (
    db
      .insertInto('issued_document')
      .values(row)
      // no conflict target: two issuers of one (kind, subject) also collide on its verification code
      // (derived from them), whichever unique index PostgreSQL checks first
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .executeTakeFirst()
  );
}
