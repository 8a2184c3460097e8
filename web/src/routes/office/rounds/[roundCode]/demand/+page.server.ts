import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { progressMapSvg, progressRows } from '$lib/server/demand-progress';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { step } from '../actions.server';
import type { PageServerLoad } from './$types';

/** 报量进度: per region, how many hospitals reported and how far the review is; the map; the lock. */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const { data: round } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  const { data: progress } = await client.GET('/rounds/{roundId}/demand/progress', {
    params: { path: { roundId: round.id } },
  });
  if (!progress) error(502, m.error_body());
  const rows = progressRows(progress.items);
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + pick(r), 0);
  return {
    round: { id: round.id, code: round.code, name: round.name, state: round.state },
    demandClosesAt: round.calendar?.demandClosesAt ?? null,
    rows,
    total: {
      hospitals: sum((r) => r.hospitals),
      reportingHospitals: sum((r) => r.reportingHospitals),
      submitted: sum((r) => r.submitted),
      approved: sum((r) => r.approved),
      returned: sum((r) => r.returned),
      reportedQuantity: sum((r) => r.reportedQuantity),
      approvedQuantity: sum((r) => r.approvedQuantity),
    },
    mapSvg: rows.length
      ? progressMapSvg(round.id, progress.items, { islands: m.demand_progress_islands() })
      : null,
    lockable: round.state === 'demand-open' || round.state === 'demand-closed',
  };
};

export const actions = {
  /** 锁定报量: after the window closed, every report reviewed; the API says why not otherwise */
  lockDemand: step(
    'lockDemand',
    (client, roundId) => client.POST('/rounds/{roundId}/demand/lock', { params: { path: { roundId } } }),
    { confirm: true },
  ),
};
