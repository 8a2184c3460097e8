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
 * The PDF, byte for byte, under its Chinese file name. An issued document never changes, so its
 * SHA-256 is its ETag; `cache` says who may keep a copy.
 */
function pdfResponse(c: Context<AppEnv>, file: pdfs.PdfFile, cache: string) {
  return c.body(new Uint8Array(file.bytes), 200, {
    'content-type': 'application/pdf',
    'content-disposition': attachment(file.filename),
    'cache-control': cache,
    etag: `"${file.sha256}"`,
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

// POST issues the company's receipt PDF (and answers it); GET answers the issued one, never issues
const receiptRoute = (method: 'get' | 'post') =>
  createRoute({
    method,
    path: '/rounds/{roundId}/bids/{productCode}/receipt.pdf',
    operationId: method === 'post' ? 'issueBidReceiptPdf' : 'getBidReceiptPdf',
    security: SECURED,
    tags,
    summary:
      method === 'post'
        ? 'Issue your receipt (回执) for your latest bid or withdrawal on a product as a PDF, and answer it: no price, the commitment and the platform signature; issued once, the same PDF after (company; 404 to anyone else)'
        : 'Your issued receipt PDF for your latest bid or withdrawal on a product (company; 404 before it is issued and to anyone else)',
    request: { params: ReceiptPdfParams },
    responses: { 200: pdfContent('the receipt (application/pdf)'), ...PROBLEM_RESPONSES },
  });

/** Issued PDFs: the company's bid receipt, the round's notices, and the public check of a code. */
export const pdfDocumentsRoutes = createRouter()
  .openapi(receiptRoute('post'), async (c) => {
    const actor = requireRole(c, 'company-user');
    const { roundId, productCode } = c.req.valid('param');
    const file = await pdfs.bidReceiptPdf(c.var.deps, actor, roundId, productCode, 'issue');
    return pdfResponse(c, file, 'private, no-store');
  })
  .openapi(receiptRoute('get'), async (c) => {
    const actor = requireRole(c, 'company-user');
    const { roundId, productCode } = c.req.valid('param');
    const file = await pdfs.bidReceiptPdf(c.var.deps, actor, roundId, productCode, 'read');
    return pdfResponse(c, file, 'private, no-store');
  })
  .openapi(noticeRoute('proposed-winners-notice'), async (c) =>
    pdfResponse(
      c,
      await pdfs.noticePdf(c.var.deps, c.req.valid('param').roundId, 'proposed-winners-notice', 'read'),
      'public, max-age=300',
    ),
  )
  .openapi(noticeRoute('award-notice'), async (c) =>
    pdfResponse(
      c,
      await pdfs.noticePdf(c.var.deps, c.req.valid('param').roundId, 'award-notice', 'read'),
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
