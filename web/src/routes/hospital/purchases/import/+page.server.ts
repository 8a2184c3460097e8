import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { api } from '$lib/server/api';
import { requireHospital } from '$lib/server/hospital';
import { readProblem } from '$lib/server/problem';
import type { Actions, PageServerLoad } from './$types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One problem of a refused file, in the visitor's language. */
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

/**
 * The hospital's rounds in their cycle (volumes agreed: agreements exist), the chosen one's earlier
 * imports (a page of them, newest first), and after a redirect what the last import recorded.
 */
export const load: PageServerLoad = async (event) => {
  requireHospital(event);
  const client = api(event);
  const { data } = await client.GET('/demand/mine/rounds', { params: { query: { limit: 100 } } });
  const rounds = (data?.items ?? []).filter((r) => r.state === 'volumes-agreed');
  const query = event.url.searchParams;
  const round = rounds.find((r) => r.code === query.get('round')) ?? rounds[0] ?? null;
  const cursor = query.get('cursor') ?? undefined;
  const imports = round
    ? await client.GET('/rounds/{roundId}/purchases/imports', {
        params: { path: { roundId: round.id }, query: { limit: 20, cursor } },
      })
    : null;
  return {
    rounds: rounds.map((r) => ({ id: r.id, code: r.code, name: r.name })),
    round: round ? { id: round.id, code: round.code, name: round.name } : null,
    imports: imports?.data?.items ?? [],
    nextCursor: imports?.data?.nextCursor ?? null,
    imported: query.has('recorded')
      ? {
          lines: query.get('lines') ?? '0',
          recorded: query.get('recorded') ?? '0',
          agreed: query.get('agreed') ?? '0',
          skipped: query.get('skipped') ?? '0',
          repeated: query.get('repeated') === '1',
        }
      : null,
  };
};

export const actions: Actions = {
  /** The file goes to the API as it came (.xlsx or CSV bytes); the API reads and checks it. */
  importFile: async (event) => {
    requireHospital(event);
    const form = await event.request.formData();
    const roundCode = String(form.get('round') ?? '');
    const file = form.get('file');
    if (!roundCode)
      return fail(400, { message: m.purchase_import_no_round(), problems: [] as FileProblem[] });
    if (!(file instanceof File) || file.size === 0)
      return fail(400, { message: m.hospital_import_missing(), problems: [] as FileProblem[] });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv';
    const answer = await api(event).POST('/rounds/{roundId}/purchases/import', {
      params: { path: { roundId: roundCode }, query: { fileName: file.name.slice(0, 200) } },
      body: bytes as never,
      bodySerializer: (body: unknown) => body as never,
      headers: { 'content-type': type },
    });
    if (answer.error !== undefined) {
      const problem = readProblem(answer.error, m.hospital_failed());
      return fail(answer.response.status, { message: problem.message, problems: listed(answer.error) });
    }
    const r = answer.data;
    const query = new URLSearchParams({
      round: roundCode,
      lines: String(r.lines),
      recorded: String(r.recorded),
      agreed: String(r.underAgreement),
      skipped: String(r.skipped),
      repeated: r.repeated ? '1' : '0',
    });
    redirect(303, `/hospital/purchases/import?${query}`);
  },
};
