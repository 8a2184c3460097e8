import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { listAgreedVolumes } from './agreed-volumes.js';
import {
  AgreedVolumeList,
  PickBody,
  Preferences,
  PreferencesBody,
  ProductCodeParam,
  RegionSelection,
  RoundIdParam,
} from './award.schema.js';
import * as selection from './region-selection.service.js';
import { PageQuery } from '../http/list.js';
import { json } from '../http/openapi-json.js';
const tags = ['region-selection'];

/** Online supply-region selection (docs/rules.md §11.1) and the agreed volumes it ends with. */
export const regionSelectionRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'put',
      path: '/rounds/{roundId}/region-preferences/{productCode}',
      operationId: 'setRegionPreferences',
      tags,
      summary:
        'Your preferred regions for a product, taken in order when your turn times out (before selection)',
      security: SECURED,
      request: { params: ProductCodeParam, body: { ...json(PreferencesBody), required: true } },
      responses: { 200: { description: 'stored', ...json(Preferences) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const { roundId, productCode } = c.req.valid('param');
      const { regions } = c.req.valid('json');
      return c.json(await selection.putPreferences(c.var.deps, actor, roundId, productCode, regions), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/region-selection/start',
      operationId: 'startRegionSelection',
      tags,
      summary: 'Start online region selection (office); rounds without region picking agree volumes at once',
      security: SECURED,
      request: { params: RoundIdParam },
      responses: { 200: { description: 'the selection', ...json(RegionSelection) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'office-admin', 'office-official');
      return c.json(await selection.startSelection(c.var.deps, actor, c.req.valid('param').roundId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/region-selection',
      operationId: 'getRegionSelection',
      security: [],
      tags,
      summary: 'The public log of picks, and whose turn it is until when',
      request: { params: RoundIdParam },
      responses: { 200: { description: 'the selection', ...json(RegionSelection) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => c.json(await selection.selectionView(c.var.deps.db, c.req.valid('param').roundId), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{roundId}/region-selection/picks',
      operationId: 'pickRegion',
      tags,
      summary: 'Take a region at your turn, before its time limit (company)',
      security: SECURED,
      request: { params: RoundIdParam, body: { ...json(PickBody), required: true } },
      responses: { 200: { description: 'the selection', ...json(RegionSelection) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(c, 'company-user');
      const { roundId } = c.req.valid('param');
      return c.json(await selection.pickRegion(c.var.deps, actor, roundId, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{roundId}/agreed-volumes',
      operationId: 'listAgreedVolumes',
      tags,
      summary:
        'Agreed volumes (约定采购量): a hospital its own, a company its own, the office and auditors all',
      security: SECURED,
      request: { params: RoundIdParam, query: PageQuery },
      responses: { 200: { description: 'agreed volumes', ...json(AgreedVolumeList) }, ...PROBLEM_RESPONSES },
    }),
    async (c) => {
      const actor = requireRole(
        c,
        'hospital-user',
        'company-user',
        'office-admin',
        'office-official',
        'auditor',
      );
      const { roundId } = c.req.valid('param');
      return c.json(await listAgreedVolumes(c.var.deps, actor, roundId, c.req.valid('query')), 200);
    },
  );
