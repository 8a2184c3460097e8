import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../app-env.js';
import { requireRole } from '../auth/auth.middleware.js';
import { notFound } from '../http/app-error.js';
import { listOf, wholeList } from '../http/list.js';
import { json } from '../http/openapi-json.js';
import { createRouter, PROBLEM_RESPONSES, SECURED } from '../http/router.js';
import { findRound } from './demand.repository.js';
import { toQuantity } from './demand.mapper.js';
import { sumDemandProgress } from './demand-progress.repository.js';
import { RoundParam } from './demand.schema.js';

const Count = z.number().int().min(0);

export const DemandProgressRegion = z
  .object({
    regionCode: z.string(),
    regionName: z.string(),
    /** the region's hospitals on the platform */
    hospitals: Count,
    /** hospitals with at least one report in this round */
    reportingHospitals: Count,
    /** reports waiting for the region's review */
    submitted: Count,
    approved: Count,
    /** returned to their hospital, waiting for a resubmission */
    returned: Count,
    reportedQuantity: Count,
    approvedQuantity: Count,
  })
  .openapi('DemandProgressRegion');

/** The round's regions with their reporting progress: the office's view while demand is collected. */
async function demandProgress(deps: AppDeps, roundId: string) {
  if (!(await findRound(deps.db, roundId))) throw notFound('round');
  return (await sumDemandProgress(deps.db, roundId)).map((row) => ({
    regionCode: row.region_code,
    regionName: row.region_name,
    hospitals: Number(row.hospitals),
    reportingHospitals: Number(row.reporting_hospitals),
    submitted: Number(row.submitted),
    approved: Number(row.approved),
    returned: Number(row.returned),
    reportedQuantity: toQuantity(row.reported_quantity),
    approvedQuantity: toQuantity(row.approved_quantity),
  }));
}

export const demandProgressRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/rounds/{roundId}/demand/progress',
    operationId: 'getDemandProgress',
    tags: ['demand'],
    summary: 'Demand reporting progress by region for the office',
    description:
      "Every region of the round (one short list, at most the country's regions): its hospitals, how many reported, reports submitted, approved and returned, reported and approved quantities.",
    security: SECURED,
    request: { params: RoundParam },
    responses: {
      200: {
        description: 'the regions in code order',
        ...json(listOf(DemandProgressRegion, 'DemandProgress')),
      },
      ...PROBLEM_RESPONSES,
    },
  }),
  async (c) => {
    requireRole(c, 'office-admin', 'office-official', 'auditor');
    return c.json(wholeList(await demandProgress(c.var.deps, c.req.valid('param').roundId)), 200);
  },
);
