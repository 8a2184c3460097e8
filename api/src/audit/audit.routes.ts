import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { notFound } from '../http/app-error.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { findDigest, listDigests } from './audit-digest.repository.js';
import { ChainStatus, DigestDayParam, DigestList, Digest } from './audit.schema.js';
import { toDigestView } from './daily-digest.js';
import { toChainStatus } from './audit-verify.view.js';
import { verifyAudit } from './verify-audit.js';
import { wholeList } from '../http/list.js';
import { json } from '../http/openapi-json.js';
const tags = ['audit'];

export const auditRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/audit/verify',
      operationId: 'verifyAudit',
      tags,
      summary:
        'Recompute every audit hash chain, the seals and the digests, name the first broken link, and cross-check bids, opened bids and evaluation records against the chain',
      security: SECURED,
      responses: { 200: { description: 'the chain’s status', ...json(ChainStatus) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'auditor', 'office-admin');
      const report = await verifyAudit(c.var.deps.db);
      return c.json(toChainStatus(report, actor.roles.includes('auditor')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/audit/digests',
      operationId: 'listAuditDigests',
      security: [],
      tags,
      summary: 'The published daily digests of the audit chain, newest first (public)',
      responses: { 200: { description: 'the digests', ...json(DigestList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const rows = await listDigests(c.var.deps.db, 400);
      return c.json(wholeList(rows.map(toDigestView)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/audit/digests/{day}',
      operationId: 'getAuditDigest',
      security: [],
      tags,
      summary: 'One day’s published digest (public)',
      request: { params: DigestDayParam },
      responses: { 200: { description: 'the digest', ...json(Digest) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const row = await findDigest(c.var.deps.db, c.req.valid('param').day);
      if (!row) throw notFound('digest');
      return c.json(toDigestView(row), 200);
    },
  );
