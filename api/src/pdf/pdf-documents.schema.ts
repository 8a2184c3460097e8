import { z } from '@hono/zod-openapi';
import { roundIdParam } from '../http/ids.js';
import { DOCUMENT_KINDS } from './issue-pdf.js';

export const ReceiptPdfParams = z.object({
  roundId: roundIdParam(),
  productCode: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'a product code')
    .openapi({ param: { name: 'productCode', in: 'path' } }),
});

export const NoticeParams = z.object({ roundId: roundIdParam() });

export const VerifyParams = z.object({
  code: z
    .string()
    .min(1)
    .max(40)
    .openapi({ param: { name: 'code', in: 'path' }, example: '7K3M-Q9TX-2B4R' }),
});

export const VerifiedDocument = z
  .object({
    code: z.string().openapi({ example: '7K3M-Q9TX-2B4R' }),
    kind: z.enum(DOCUMENT_KINDS),
    title: z.string(),
    round: z.object({ id: z.string().uuid(), code: z.string(), name: z.string() }).nullable(),
    issuedAt: z.string().openapi({ description: 'the instant the document speaks of, Beijing time' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.number().int().positive(),
  })
  .openapi('VerifiedDocument');

/** A PDF download: the bytes of the stored document. */
export const pdfContent = (description: string) => ({
  description,
  content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
});
