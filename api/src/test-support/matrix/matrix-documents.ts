import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.js';

/**
 * An accepted certificate of the company, written as the confirm step leaves it (the matrix asks
 * who may read it, not whether the store holds its bytes: a presigned download needs no object).
 * Its file name is the company's alone, so an answer naming it to another tenant is a leak.
 */
export async function insertAcceptedDocument(
  db: Db,
  company: { organisationId: string; userId: string },
  filename: string,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('company_document')
    .values({
      id,
      company_id: company.organisationId,
      kind: 'gmp-certificate',
      registration_id: null,
      filename,
      content_type: 'application/pdf',
      size: 1000,
      sha256: 'a'.repeat(64),
      upload_key: `uploads/company-documents/${id}`,
      upload_expires_at: new Date(),
      uploaded_by: company.userId,
    })
    .execute();
  await db
    .updateTable('company_document')
    .set({
      state: 'accepted',
      object_key: `company-documents/${company.organisationId}/${id}`,
      decided_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
  return id;
}
