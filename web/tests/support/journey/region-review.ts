import { ok } from '../api';
import { client } from '../round-driver';

/** The region's reviewer approves every report in the queue. */
// TODO(browser): review — /review's queue, approve
export async function approveAll(baseUrl: string, roundId: string, login = 'bureau.bj') {
  const bureau = await client(baseUrl, login);
  const reports = ok(
    await bureau.GET('/rounds/{roundId}/demand', { params: { path: { roundId } } }),
    'the review queue',
  ).items;
  for (const report of reports)
    ok(
      await bureau.POST('/rounds/{roundId}/demand/{reportId}/approve', {
        params: { path: { roundId, reportId: report.id } },
        body: { comment: null },
      }),
      `${login} approves ${report.id}`,
    );
  return reports.length;
}
