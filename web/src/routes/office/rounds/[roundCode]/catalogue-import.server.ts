import { fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { readProblem } from '$lib/server/problem';
import type { OfficeResult } from '$lib/office/office-result';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const action = 'importCatalogue';

interface ImportProblem {
  sheet?: string | null;
  row?: number;
  column?: string | null;
  message: string;
  messageZh?: string;
}

/** One line per problem of a refused file, where it is and what is wrong, in the visitor's language. */
function listed(body: unknown): string[] {
  const zh = getLocale() !== 'en';
  return ((body as { errors?: ImportProblem[] }).errors ?? [])
    .filter((e) => e.row !== undefined)
    .map((e) => {
      const message = zh ? (e.messageZh ?? e.message) : e.message;
      const where = { row: String(e.row), column: e.column ?? '', message };
      return e.sheet
        ? m.office_catalogue_import_problem({ ...where, sheet: e.sheet })
        : m.office_catalogue_import_problem_csv(where);
    });
}

/** The catalogue file goes to the API as it came (.xlsx or CSV bytes); the API reads and checks it. */
export async function importCatalogue(event: RequestEvent<{ roundCode: string }>) {
  requireOfficeAdmin(event);
  const file = (await event.request.formData()).get('file');
  if (!(file instanceof File) || file.size === 0)
    return fail(400, {
      action,
      values: {},
      fields: { file: m.office_catalogue_import_missing() },
      message: null,
    } satisfies OfficeResult);
  const type = file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv';
  const answer = await api(event).POST('/rounds/{roundId}/products/import', {
    params: { path: { roundId: event.params.roundCode } },
    body: new Uint8Array(await file.arrayBuffer()) as never,
    bodySerializer: (body: unknown) => body as never,
    headers: { 'content-type': type },
  });
  if (answer.error !== undefined) {
    const problem = readProblem(answer.error, m.office_failed());
    return fail(answer.response.status, {
      action,
      values: {},
      message: problem.message,
      problems: listed(answer.error),
    } satisfies OfficeResult);
  }
  return {
    action,
    values: {},
    done: true,
    message: m.office_catalogue_import_done({
      products: String(answer.data.products),
      specs: String(answer.data.specs),
    }),
  } satisfies OfficeResult;
}
