import { z } from '@hono/zod-openapi';
import { uuid } from '../http/ids.js';
import { listOf } from '../http/list.js';
import { PresignedUpload, uploadDeclaration } from '../documents/upload.js';
import { MAX_TECHNICAL_FILE_BYTES, TECHNICAL_FILE_TYPES } from './technical-file-types.js';

const HEX64 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex');

export { BidParams, RoundIdParam } from '../bids/bids.schema.js';

export const UploadRequestBody = uploadDeclaration({
  types: TECHNICAL_FILE_TYPES,
  maxBytes: MAX_TECHNICAL_FILE_BYTES,
}).openapi('TechnicalFileUploadRequest');

export const UploadTicket = PresignedUpload.extend({ uploadId: z.string().uuid() }).openapi(
  'TechnicalFileUploadTicket',
);

export const ConfirmBody = z.object({ uploadId: uuid() }).openapi('TechnicalFileConfirmRequest');
export const RemoveBody = z.object({ fileId: uuid() }).openapi('TechnicalFileRemoveRequest');

export const SealedFileReceipt = z
  .object({
    fileId: z.string().uuid(),
    productCode: z.string(),
    name: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: HEX64.describe('SHA-256 of the file as uploaded: the receipt to check a copy against'),
    sealedAt: z.string(),
    status: z.enum(['sealed', 'released', 'tampered']),
  })
  .openapi('SealedTechnicalFile');
export const SealedFiles = listOf(SealedFileReceipt, 'SealedTechnicalFiles');

export const Removed = z
  .object({ fileId: z.string().uuid(), removed: z.literal(true) })
  .openapi('TechnicalFileRemoved');

export const OpenedFile = z
  .object({
    fileId: z.string().uuid(),
    companyId: z.string().uuid(),
    productCode: z.string(),
    name: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: HEX64,
    status: z.enum(['released', 'tampered']),
    problem: z.string().nullable(),
    downloadUrl: z.string().nullable().describe('a presigned GET, short-lived; null for a tampered file'),
    downloadExpiresInS: z.number().int().nullable(),
  })
  .openapi('OpenedTechnicalFile');
export const OpenedFiles = listOf(OpenedFile, 'OpenedTechnicalFiles');
