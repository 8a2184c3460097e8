import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { PageQuery } from '../http/list.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import * as backup from './backup-activation.service.js';
import {
  BackupActivation,
  BackupActivationBody,
  BackupActivationList,
  BackupRegionList,
  RoundIdParam,
} from './backup-activation.schema.js';

const tags = ['backup-supply'];

/** Backup supply (断供): the office hands a failed winner's regions to their backup supplier. */
export const backupActivationRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/backup-activations',
      operationId: 'activateBackup',
      tags,
      summary:
        'Activate the backup supplier of a product in regions whose primary failed to supply (office admin): ends the failed lines, makes new agreements at the backup’s awarded price, optionally lists the company as a violator',
      security: SECURED,
      request: { params: RoundIdParam, body: { ...json(BackupActivationBody), required: true } },
      responses: { 201: { description: 'activated', ...json(BackupActivation) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin');
      const { roundId } = c.req.valid('param');
      return c.json(await backup.activateBackup(c.var.deps, actor, roundId, c.req.valid('json')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/backup-activations',
      operationId: 'listBackupActivations',
      tags,
      summary: 'The round’s backup activations, newest first (office)',
      security: SECURED,
      request: { params: RoundIdParam, query: PageQuery },
      responses: { 200: { description: 'activations', ...json(BackupActivationList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin', 'office-official', 'auditor');
      const { roundId } = c.req.valid('param');
      return c.json(await backup.listActivations(c.var.deps, actor, roundId, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/backup-regions',
      operationId: 'listBackupRegions',
      tags,
      summary: 'Each region’s primary and backup supplier of every product of the round (office)',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'regions', ...json(BackupRegionList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin', 'office-official', 'auditor');
      return c.json(await backup.listRegionSuppliers(c.var.deps, actor, c.req.valid('param').roundId), 200);
    },
  );
