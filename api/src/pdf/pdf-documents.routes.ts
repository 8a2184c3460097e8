import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { requireRole } from '../auth/auth.middleware.js';
import { attachment } from '../documents/document-store.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import * as pdfs from './pdf-documents.service.js';
import {
  NoticeParams,
  pdfContent,
  ReceiptPdfParams,
  VerifiedDocument,
  VerifyParams,
} from './pdf-documents.schema.js';

const tags = ['documents'];

/**
 * The stored PDF, byte for byte, under its Chinese file name. A document is issued on its first
 * download and never changes, so its SHA-256 is its ETag; `cache` says who may keep a copy.
 */
function pdfResponse(c: Context<AppEnv>, file: pdfs.PdfFile, cache: string) {
  return c.body(new Uint8Array(file.bytes), 200, {
    'content-type': 'application/pdf',
    'content-disposition': attachment(file.filename),
    'cache-control': cache,
    etag: `"${file.document.sha256}"`,
  }) as never;
}

const noticeRoute = (kind: 'proposed-winners-notice' | 'award-notice') =>
  createRoute({
    method: 'get',
    path:
      kind === 'award-notice'
        ? '/rounds/{roundId}/award-notice.pdf'
        : '/rounds/{roundId}/proposed-winners.pdf',
    operationId: kind === 'award-notice' ? 'getAwardNoticePdf' : 'getProposedWinnersNoticePdf',
    security: [],
    tags,
    summary:
      kind === 'award-notice'
        ? 'The award notice (中选结果公告) as a PDF with its verification code (public once the award is published; 404 before)'
        : 'The proposed-winners notice (拟中选结果公示) with the objection period, as a PDF (public once published; 404 before)',
    request: { params: NoticeParams },
    responses: { 200: pdfContent('the notice (application/pdf)'), ...PROBLEM_RESPONSES },
  });

/** Issued PDFs: the company's bid receipt, the round's notices, and the public check of a code. */
export const pdfDocumentsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/bids/{productCode}/receipt.pdf',
      operationId: 'getBidReceiptPdf',
      security: SECURED,
      tags,
      summary:
        'Your receipt (回执) for your latest bid or withdrawal on a product, as a PDF: no price, the commitment and the platform signature (company; 404 to anyone else)',
      request: { params: ReceiptPdfParams },
      responses: { 200: pdfContent('the receipt (application/pdf)'), ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const { roundId, productCode } = c.req.valid('param');
      const file = await pdfs.bidReceiptPdf(c.var.deps, actor, roundId, productCode);
      return pdfResponse(c, file, 'private, no-store');
    },
  )
  .openapi(noticeRoute('proposed-winners-notice'), async (c) =>
    pdfResponse(
      c,
      await pdfs.noticePdf(c.var.deps, c.req.valid('param').roundId, 'proposed-winners-notice'),
      'public, max-age=300',
    ),
  )
  .openapi(noticeRoute('award-notice'), async (c) =>
    pdfResponse(
      c,
      await pdfs.noticePdf(c.var.deps, c.req.valid('param').roundId, 'award-notice'),
      'public, max-age=300',
    ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/documents/verify/{code}',
      operationId: 'verifyDocument',
      security: [],
      tags,
      summary:
        'What an issued PDF is, by the verification code printed on it: kind, title, round, issue time, SHA-256 and size (public; any case, spaces and hyphens)',
      request: { params: VerifyParams },
      responses: { 200: { description: 'the document', ...json(VerifiedDocument) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => c.json(await pdfs.verifyDocument(c.var.deps, c.req.valid('param').code), 200),
  );
