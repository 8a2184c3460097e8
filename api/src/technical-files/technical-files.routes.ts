import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { wholeList } from '../http/list.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import {
  BidParams,
  ConfirmBody,
  OpenedFiles,
  RemoveBody,
  Removed,
  RoundIdParam,
  SealedFileReceipt,
  SealedFiles,
  UploadRequestBody,
  UploadTicket,
} from './technical-files.schema.js';
import * as files from './technical-files.service.js';
const tags = ['technical-files'];
/** receipts and presigned URLs: never cached between the platform and the caller */
const PRIVATE = { 'cache-control': 'no-store' };
const BID = '/rounds/{roundId}/bids/{productCode}/technical-files';

/**
 * Technical files of dual-envelope rounds, sealed to the round key like the technical envelope.
 * Before the technical opening only the company's own routes touch them; the office's list answers
 * 404 until then, so nobody learns whether a file exists.
 */
export const technicalFilesRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: `${BID}/uploads`,
      operationId: 'requestTechnicalFileUpload',
      tags,
      summary:
        'Declare a technical file of your bid (name, type, size, SHA-256) and get a presigned PUT, while bidding is open (company, dual-envelope rounds)',
      security: SECURED,
      request: { params: BidParams, body: { ...json(UploadRequestBody), required: true } },
      responses: {
        200: { description: 'where to PUT the bytes', ...json(UploadTicket) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const ticket = await files.requestUpload(c.var.deps, actor, c.req.valid('param'), c.req.valid('json'));
      return c.json(ticket, 200, PRIVATE);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: BID,
      operationId: 'confirmTechnicalFile',
      tags,
      summary:
        'Confirm an uploaded technical file: checked against its declaration, sealed to the round key, the plaintext deleted; answers the receipt (company)',
      security: SECURED,
      request: { params: BidParams, body: { ...json(ConfirmBody), required: true } },
      responses: {
        200: { description: 'sealed: the receipt with the file’s SHA-256', ...json(SealedFileReceipt) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const { uploadId } = c.req.valid('json');
      const sealed = await files.confirmUpload(c.var.deps, actor, c.req.valid('param'), uploadId);
      return c.json(sealed, 200, PRIVATE);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: `${BID}/removal`,
      operationId: 'removeTechnicalFile',
      tags,
      summary: 'Remove one of your sealed technical files while bidding is open (company)',
      security: SECURED,
      request: { params: BidParams, body: { ...json(RemoveBody), required: true } },
      responses: { 200: { description: 'removed', ...json(Removed) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const { fileId } = c.req.valid('json');
      return c.json(await files.removeFile(c.var.deps, actor, c.req.valid('param'), fileId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/technical-files/mine',
      operationId: 'listMyTechnicalFiles',
      tags,
      summary:
        'Your own technical files of the round with their SHA-256 receipts (company); nobody can read others',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'your files', ...json(SealedFiles) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const items = await files.listMine(c.var.deps, actor, c.req.valid('param').roundId);
      return c.json(wholeList(items), 200, PRIVATE);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/technical-files',
      operationId: 'listOpenedTechnicalFiles',
      tags,
      summary:
        'The technical files released at the technical opening, each with a presigned GET valid 5 minutes, and those found tampered (office roles and auditors; 404 before)',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'the opened files', ...json(OpenedFiles) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      requireRole(c, 'office-admin', 'office-official', 'auditor');
      const items = await files.listOpened(c.var.deps, c.req.valid('param').roundId);
      return c.json(wholeList(items), 200, PRIVATE);
    },
  );
