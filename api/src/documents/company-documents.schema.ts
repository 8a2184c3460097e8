import { z } from '@hono/zod-openapi';
import { uuid, uuidParam } from '../http/ids.js';
import { listOf, PageQuery } from '../http/list.js';
import {
  COMPANY_DOCUMENT_KIND_NAMES,
  COMPANY_DOCUMENT_KINDS,
  COMPANY_DOCUMENT_STATES,
} from './company-document-kinds.js';
import { PresignedUpload, UPLOAD_MAX_BYTES, UPLOAD_TYPES, uploadDeclaration } from './upload.js';

const kinds = Object.entries(COMPANY_DOCUMENT_KIND_NAMES)
  .map(([k, n]) => `${k} (${n.zh}, ${n.en})`)
  .join('; ');
const Kind = z.enum(COMPANY_DOCUMENT_KINDS).openapi({ description: kinds });
const State = z.enum(COMPANY_DOCUMENT_STATES).openapi({
  description:
    'pending: asked for, not verified yet; accepted: the stored file matched the declared size, type and SHA-256; rejected: it did not, and was discarded',
});

export const DocumentIdParam = z.object({ documentId: uuidParam('documentId') });

export const CompanyDocumentQuery = PageQuery.extend({
  /** the office: one company's documents */
  companyId: uuid()
    .optional()
    .openapi({ param: { name: 'companyId', in: 'query' } }),
  kind: Kind.optional().openapi({ param: { name: 'kind', in: 'query' } }),
  state: State.optional().openapi({ param: { name: 'state', in: 'query' } }),
});

export const CompanyDocumentRequest = uploadDeclaration()
  .extend({
    kind: Kind,
    /** the company's own product registration the certificate is for, when it is for one */
    registrationId: uuid().nullable().default(null),
  })
  .openapi('CompanyDocumentRequest', {
    description: `Declare the file before uploading it: ${UPLOAD_TYPES.join(', ')}, at most ${UPLOAD_MAX_BYTES} bytes`,
  });
export type CompanyDocumentInput = z.infer<typeof CompanyDocumentRequest>;

const FieldProblem = z.object({ path: z.string(), message: z.string(), messageZh: z.string().optional() });

export const CompanyDocument = z
  .object({
    id: z.string().uuid(),
    companyId: z.string().uuid(),
    companyName: z.string(),
    kind: Kind,
    kindName: z.object({ zh: z.string(), en: z.string() }),
    registrationId: z.string().uuid().nullable(),
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string().describe('declared; once accepted, the verified SHA-256 of the stored file'),
    state: State,
    /** why a rejected document was refused: the fields that differed */
    rejection: z.array(FieldProblem).nullable(),
    uploadedBy: z.object({ userId: z.string().uuid(), displayName: z.string() }),
    createdAt: z.string(),
    uploadExpiresAt: z.string(),
    /** when it was accepted or rejected */
    decidedAt: z.string().nullable(),
  })
  .openapi('CompanyDocument');
export type CompanyDocument = z.infer<typeof CompanyDocument>;

export const CompanyDocumentUpload = z
  .object({ document: CompanyDocument, upload: PresignedUpload })
  .openapi('CompanyDocumentUpload');

export const CompanyDocumentList = listOf(CompanyDocument, 'CompanyDocumentList');
