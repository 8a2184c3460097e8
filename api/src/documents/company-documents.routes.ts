import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { OFFICE_READERS } from '../companies/companies.service.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import {
  CompanyDocument,
  CompanyDocumentList,
  CompanyDocumentQuery,
  CompanyDocumentRequest,
  CompanyDocumentUpload,
  DocumentIdParam,
} from './company-documents.schema.js';
import * as documents from './company-documents.service.js';

const tags = ['documents'];

export const companyDocumentsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/company-documents',
      operationId: 'requestCompanyDocumentUpload',
      tags,
      summary:
        'Declare a certificate of your company (kind, file name, type, size, SHA-256) and get a presigned PUT for exactly that file',
      description:
        'PUT the file to `upload.url` with `upload.headers` before `upload.expiresAt`, then POST …/confirm. The store refuses another type or length.',
      security: SECURED,
      request: { body: { ...json(CompanyDocumentRequest), required: true } },
      responses: {
        201: { description: 'pending, with where to PUT the file', ...json(CompanyDocumentUpload) },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      return c.json(await documents.requestUpload(c.var.deps, actor, c.req.valid('json')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/company-documents/{documentId}/confirm',
      operationId: 'confirmCompanyDocument',
      tags,
      summary:
        'The file is uploaded: the platform checks its size, type (by its bytes) and SHA-256 and accepts it, or rejects and discards it',
      description:
        '422 UPLOAD_REJECTED names the fields that differed (the document is rejected; request a new upload); 409 UPLOAD_MISSING: nothing uploaded yet (confirm again after the PUT). Confirming an accepted document again answers it unchanged.',
      security: SECURED,
      request: { params: DocumentIdParam },
      responses: {
        200: { description: 'accepted, with the verified SHA-256', ...json(CompanyDocument) },
        ...PROBLEM_RESPONSES,
        422: { description: 'not the declared file (problem+json, code UPLOAD_REJECTED)' },
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      return c.json(await documents.confirm(c.var.deps, actor, c.req.valid('param').documentId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/company-documents',
      operationId: 'listCompanyDocuments',
      tags,
      summary: "Company documents, newest first: a company its own; the office and auditors every company's",
      security: SECURED,
      request: { query: CompanyDocumentQuery },
      responses: { 200: { description: 'documents', ...json(CompanyDocumentList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user', ...OFFICE_READERS);
      const { limit, cursor, ...filter } = c.req.valid('query');
      return c.json(await documents.list(c.var.deps, actor, filter, { limit, cursor }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/company-documents/{documentId}',
      operationId: 'getCompanyDocument',
      tags,
      summary: 'One company document (its company, the office and auditors)',
      security: SECURED,
      request: { params: DocumentIdParam },
      responses: { 200: { description: 'the document', ...json(CompanyDocument) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user', ...OFFICE_READERS);
      return c.json(await documents.get(c.var.deps, actor, c.req.valid('param').documentId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/company-documents/{documentId}/download',
      operationId: 'downloadCompanyDocument',
      tags,
      summary: `An accepted document's file: 303 to a presigned GET of the store, valid ${documents.DOWNLOAD_EXPIRES_S} s`,
      security: SECURED,
      request: { params: DocumentIdParam },
      responses: {
        303: { description: 'Location: a short-lived presigned URL of the file, named as uploaded' },
        ...PROBLEM_RESPONSES,
      },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user', ...OFFICE_READERS);
      const url = await documents.downloadUrl(c.var.deps, actor, c.req.valid('param').documentId);
      c.header('cache-control', 'no-store');
      return c.redirect(url, 303);
    },
  );
