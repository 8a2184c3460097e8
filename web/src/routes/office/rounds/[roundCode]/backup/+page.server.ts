import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { readProblem } from '$lib/server/problem';
import { backupChoices } from '$lib/server/backup-choices';
import type { Actions, PageServerLoad } from './$types';

/**
 * 启用备供: the office picks a product and its failed primary (a GET form, so the page works without
 * JavaScript), then the regions to hand to their backup, the reason and an optional violation period.
 */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const { data: round } = await client.GET('/rounds/{roundId}', {
    params: { path: { roundId: event.params.roundCode } },
  });
  if (!round) error(404, { message: m.error_not_found_body() });
  const params = event.url.searchParams;
  const cursor = params.get('cursor');
  const [regions, activations] = await Promise.all([
    client.GET('/rounds/{roundId}/backup-regions', { params: { path: { roundId: round.id } } }),
    client.GET('/rounds/{roundId}/backup-activations', {
      params: { path: { roundId: round.id }, query: { limit: 20, ...(cursor ? { cursor } : {}) } },
    }),
  ]);
  return {
    round: { id: round.id, code: round.code, name: round.name, state: round.state },
    choices: backupChoices(regions.data?.items ?? [], params.get('entry'), params.get('company')),
    activations: activations.data?.items ?? [],
    nextCursor: activations.data?.nextCursor ?? null,
  };
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const actions: Actions = {
  /** Hand the chosen regions to their backup supplier. */
  activate: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const values = {
      entry: text(form, 'entry'),
      failedCompanyId: text(form, 'failedCompanyId'),
      regionCodes: form.getAll('regionCodes').map(String),
      reason: text(form, 'reason'),
      effectiveOn: text(form, 'effectiveOn'),
      violationList: form.get('violationList') === 'on',
      violationUntil: text(form, 'violationUntil'),
    };
    const fields: Record<string, string> = {};
    if (values.regionCodes.length === 0) fields.regionCodes = m.backup_regions_missing();
    if (!values.reason) fields.reason = m.backup_reason_missing();
    if (values.effectiveOn && !DAY.test(values.effectiveOn)) fields.effectiveOn = m.backup_day_invalid();
    if (values.violationUntil && !DAY.test(values.violationUntil))
      fields.violationUntil = m.backup_day_invalid();
    if (Object.keys(fields).length) return fail(400, { values, fields, message: null as string | null });
    const [productId = '', groupKey = ''] = values.entry.split('|');
    const { data: round } = await api(event).GET('/rounds/{roundId}', {
      params: { path: { roundId: event.params.roundCode } },
    });
    if (!round) error(404, { message: m.error_not_found_body() });
    const {
      data,
      error: problem,
      response,
    } = await api(event).POST('/rounds/{roundId}/backup-activations', {
      params: { path: { roundId: round.id } },
      body: {
        productId,
        ...(groupKey ? { groupKey } : {}),
        failedCompanyId: values.failedCompanyId,
        regionCodes: values.regionCodes,
        reason: values.reason,
        ...(values.effectiveOn ? { effectiveOn: values.effectiveOn } : {}),
        violationList: values.violationList,
        ...(values.violationList ? { violationUntil: values.violationUntil || null } : {}),
      },
    });
    if (!data) {
      const p = readProblem(problem, m.backup_failed());
      return fail(response.status, { values, fields: p.fields, message: p.message });
    }
    return { done: true as const, activation: data };
  },
};
