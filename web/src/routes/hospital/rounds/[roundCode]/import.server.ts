import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { api } from '$lib/server/api';
import { readProblem } from '$lib/server/problem';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One problem of a refused file, where it is and what is wrong, in the visitor's language. */
export interface FileProblem {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly cell: string | null;
  readonly message: string;
}

interface ImportProblem {
  sheet?: string | null;
  row?: number;
  column?: string | null;
  cell?: string;
  message: string;
  messageZh?: string;
}

/** The API's IMPORT_REJECTED lists each problem by sheet, row (the header is row 1) and column. */
function listed(body: unknown): FileProblem[] {
  const zh = getLocale() !== 'en';
  return ((body as { errors?: ImportProblem[] }).errors ?? []).map((e) => ({
    sheet: e.sheet ?? null,
    row: e.row ?? null,
    column: e.column ?? null,
    cell: e.cell ?? null,
    message: zh ? (e.messageZh ?? e.message) : e.message,
  }));
}

/** The file goes to the API as it came (.xlsx or CSV bytes); the API reads and checks it. */
export async function importDemandFile(event: RequestEvent<{ roundCode: string }>) {
  const action = 'importFile' as const;
  const file = (await event.request.formData()).get('file');
  if (!(file instanceof File) || file.size === 0)
    return fail(400, { action, message: m.hospital_import_missing(), problems: [] as FileProblem[] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv';
  const answer = await api(event).POST('/rounds/{roundId}/demand/import', {
    params: { path: { roundId: event.params.roundCode } },
    body: bytes as never,
    bodySerializer: (body: unknown) => body as never,
    headers: { 'content-type': type },
  });
  if (answer.error !== undefined) {
    const problem = readProblem(answer.error, m.hospital_failed());
    return fail(answer.response.status, { action, message: problem.message, problems: listed(answer.error) });
  }
  const { rows, created, updated, unchanged } = answer.data;
  redirect(
    303,
    `/hospital/rounds/${event.params.roundCode}?imported=${rows}&created=${created}&updated=${updated}&unchanged=${unchanged}`,
  );
}
