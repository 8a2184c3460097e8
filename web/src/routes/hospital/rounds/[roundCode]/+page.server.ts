import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireHospital } from '$lib/server/hospital';
import { readProblem } from '$lib/server/problem';
import { lineKey } from '$lib/hospital/line-key';
import { importDemandFile } from './import.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireHospital(event);
  const client = api(event);
  const roundId = event.params.roundCode;
  const { data: round } = await client.GET('/rounds/{roundId}', { params: { path: { roundId } } });
  if (!round) error(404, { message: m.error_not_found_body() });
  const path = { roundId: round.id };
  const [sheet, reports, clock] = await Promise.all([
    client.GET('/rounds/{roundId}/demand/worksheet', { params: { path } }),
    client.GET('/rounds/{roundId}/demand', { params: { path, query: { limit: 500 } } }),
    // the round's own time judges its deadline (a rehearsal clock may run ahead of the platform's)
    client.GET('/rounds/{roundId}/clock', { params: { path } }),
  ]);
  if (!sheet.data) error(404, { message: m.error_not_found_body() });
  const closesAt = round.calendar?.demandClosesAt ?? null;
  const now = clock.data?.now ?? (await event.parent()).serverNow;
  const lines = reports.data?.items ?? [];
  const query = event.url.searchParams;
  return {
    round: { id: round.id, code: round.code, name: round.name, state: round.state, closesAt },
    open: round.state === 'demand-open' && closesAt !== null && Date.parse(closesAt) > Date.parse(now),
    floorShare: sheet.data.demandFloorShare,
    brands: sheet.data.brands,
    products: sheet.data.products.map((p) => ({
      ...p,
      lines: lines.filter((l) => l.productCode === p.productCode),
    })),
    /** after a redirect: which line was just saved, or what the import wrote */
    saved: query.get('saved'),
    imported: query.has('imported')
      ? {
          rows: query.get('imported') ?? '0',
          created: query.get('created') ?? '0',
          updated: query.get('updated') ?? '0',
          unchanged: query.get('unchanged') ?? '0',
        }
      : null,
  };
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const WHOLE = /^[0-9]+$/;

export const actions: Actions = {
  /** One line reported or resubmitted (PUT: by generic name, or by a company's brand). */
  report: async (event) => {
    requireHospital(event);
    const form = await event.request.formData();
    const key = text(form, 'formKey');
    const productCode = text(form, 'productCode');
    const values = {
      quantity: text(form, 'quantity'),
      lastYearVolume: text(form, 'lastYearVolume'),
      brandCompanyId: text(form, 'brandCompanyId'),
      group: text(form, 'group'),
      reason: text(form, 'reason'),
    };
    const fields: Record<string, string> = {};
    if (!values.quantity) fields.quantity = m.hospital_required();
    else if (!WHOLE.test(values.quantity)) fields.quantity = m.hospital_not_whole_number();
    if (values.lastYearVolume && !WHOLE.test(values.lastYearVolume))
      fields.lastYearVolume = m.hospital_not_whole_number();
    if (Object.keys(fields).length)
      return fail(400, { action: 'report' as const, key, values, fields, message: m.hospital_failed() });
    // digits only, so the integer is exact (quantities are integers; the API bounds them)
    const body = {
      quantity: Number(values.quantity),
      lastYearVolume: values.lastYearVolume ? Number(values.lastYearVolume) : null,
      brandCompanyId: values.brandCompanyId || null,
      group: values.group || null,
      reason: values.reason || null,
    };
    const answer = await api(event).PUT('/rounds/{roundId}/demand/{productCode}', {
      params: { path: { roundId: event.params.roundCode, productCode } },
      body,
    });
    if (answer.error !== undefined) {
      const p = readProblem(answer.error, m.hospital_failed());
      return fail(answer.response.status, {
        action: 'report' as const,
        key,
        values,
        fields: p.fields,
        message: p.message,
      });
    }
    // the line now exists: its own key (a new line's form had another) says where it is
    const saved = encodeURIComponent(lineKey(productCode, body.brandCompanyId, body.group));
    redirect(303, `/hospital/rounds/${event.params.roundCode}?saved=${saved}#line-${saved}`);
  },

  /** The whole file (.xlsx or CSV) to the API's import: all rows or none. */
  importFile: async (event) => {
    requireHospital(event);
    return importDemandFile(event);
  },
};
