import { z } from '@hono/zod-openapi';
import { uuid } from '../http/ids.js';
import { listOf } from '../http/list.js';
import { MAX_TECHNICAL_FILE_BYTES, TECHNICAL_FILE_TYPES } from './staged-upload.js';

const HEX64 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex');

export { BidParams, RoundIdParam } from '../bids/bids.schema.js';

export const UploadRequestBody = z
  .object({
    /** the file's name as the company calls it: shown at release, never a store key */
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine((n) => !/[\\/\p{Cc}]/u.test(n), 'a file name without / \\ or control characters'),
    contentType: z.enum(TECHNICAL_FILE_TYPES),
    size: z.number().int().min(1).max(MAX_TECHNICAL_FILE_BYTES),
    sha256: HEX64,
  })
  .openapi('TechnicalFileUploadRequest');

export const UploadTicket = z
  .object({
    uploadId: z.string().uuid(),
    method: z.literal('PUT'),
    url: z.string().describe('presigned: PUT the bytes here with exactly these headers'),
    headers: z.object({ 'content-type': z.string() }),
    expiresAt: z.string().describe('on the round’s clock'),
  })
  .openapi('TechnicalFileUploadTicket');

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
