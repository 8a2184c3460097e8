import { COMPANY_DOCUMENT_KIND_NAMES } from './company-document-kinds.js';
import type { CompanyDocumentRow } from './company-documents.repository.js';
import type { CompanyDocument } from './company-documents.schema.js';

export function toCompanyDocument(row: CompanyDocumentRow): CompanyDocument {
  return {
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    kind: row.kind,
    kindName: COMPANY_DOCUMENT_KIND_NAMES[row.kind],
    registrationId: row.registration_id,
    filename: row.filename,
    contentType: row.content_type,
    size: row.size,
    sha256: row.sha256,
    state: row.state,
    rejection: row.rejection,
    uploadedBy: { userId: row.uploaded_by, displayName: row.uploaded_by_name },
    createdAt: row.created_at.toISOString(),
    uploadExpiresAt: row.upload_expires_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
  };
}
