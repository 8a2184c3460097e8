import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { readProblem } from '$lib/server/problem';
import type { Actions, PageServerLoad } from './$types';

/** 停机登记: the outage register, newest first, and the public notices outages produced. */
export const load: PageServerLoad = async (event) => {
  requireOfficeAdmin(event);
  const client = api(event);
  const [outages, notices] = await Promise.all([client.GET('/outages'), client.GET('/notices')]);
  return { outages: outages.data?.items ?? [], notices: notices.data?.items ?? [] };
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
/** `<input type="datetime-local">` sends YYYY-MM-DDTHH:mm; the API reads it as Beijing time. */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export const actions: Actions = {
  /** Register an outage: deadlines it touched move, and notices go out. */
  record: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const values = {
      startsAt: text(form, 'startsAt'),
      endsAt: text(form, 'endsAt'),
      cause: text(form, 'cause'),
    };
    const fields: Record<string, string> = {};
    if (!LOCAL_TIME.test(values.startsAt)) fields.startsAt = m.outage_time_invalid();
    if (values.endsAt && !LOCAL_TIME.test(values.endsAt)) fields.endsAt = m.outage_time_invalid();
    else if (values.endsAt && !fields.startsAt && values.endsAt <= values.startsAt)
      fields.endsAt = m.outage_end_before_start();
    if (!values.cause) fields.cause = m.outage_cause_missing();
    if (Object.keys(fields).length)
      return fail(400, { action: 'record' as const, values, fields, message: null as string | null });
    const {
      data,
      error: problem,
      response,
    } = await api(event).POST('/outages', {
      body: {
        startsAt: values.startsAt,
        ...(values.endsAt ? { endsAt: values.endsAt } : {}),
        cause: values.cause,
      },
    });
    if (!data) {
      const p = readProblem(problem, m.outage_failed());
      return fail(response.status, {
        action: 'record' as const,
        values,
        fields: p.fields,
        message: p.message,
      });
    }
    return { action: 'record' as const, done: true, extensions: data.extensions };
  },

  /** Record when an ongoing outage ended. */
  close: async (event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const outageId = text(form, 'outageId');
    const values = { endsAt: text(form, 'endsAt') };
    if (!LOCAL_TIME.test(values.endsAt))
      return fail(400, {
        action: 'close' as const,
        outageId,
        values,
        fields: { endsAt: m.outage_time_invalid() },
        message: null as string | null,
      });
    const {
      data,
      error: problem,
      response,
    } = await api(event).PATCH('/outages/{outageId}', {
      params: { path: { outageId } },
      body: { endsAt: values.endsAt },
    });
    if (!data) {
      const p = readProblem(problem, m.outage_failed());
      return fail(response.status, {
        action: 'close' as const,
        outageId,
        values,
        fields: p.fields,
        message: p.message,
      });
    }
    return { action: 'close' as const, done: true, extensions: data.extensions };
  },
};
