import { createRoute } from '@hono/zod-openapi';
import { requireRole } from '../auth/auth.middleware.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { json } from '../http/openapi-json.js';
import { RulesetPreview, RulesetPreviewBody } from './ruleset-preview.schema.js';
import { previewRuleset } from './ruleset-preview.service.js';
import { RoundIdParam } from './rounds.schema.js';

export const rulesetPreviewRoutes = createRouter().openapi(
  createRoute({
    method: 'post',
    path: '/rounds/{roundId}/ruleset-preview',
    operationId: 'previewRuleset',
    tags: ['rounds'],
    summary:
      'What a ruleset choice’s overrides change (office admin): evaluate under its base and under the choice, on the last evaluated round’s published input or a shipped sample, diffed as ./jicai compare; saves nothing',
    security: SECURED,
    request: { params: RoundIdParam, body: { ...json(RulesetPreviewBody), required: true } },
    responses: {
      200: { description: 'the differences per product entry', ...json(RulesetPreview) },
      ...PROBLEM_RESPONSES,
    },
  }),
  async (c) => {
    const actor = requireRole(c, 'office-admin');
    const { roundId } = c.req.valid('param');
    return c.json(await previewRuleset(c.var.deps, actor, roundId, c.req.valid('json').ruleset), 200);
  },
);
