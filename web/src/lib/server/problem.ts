import { getLocale } from '$lib/paraglide/runtime';

/** An API refusal (application/problem+json), as the portal shows it: a message and field messages. */
export interface Problem {
  readonly code: string;
  readonly message: string;
  /** by field name (the last segment of the API's path), in the visitor's language */
  readonly fields: Record<string, string>;
}

interface ProblemBody {
  code?: string;
  title?: string;
  detail?: string;
  detailEn?: string;
  detailZh?: string;
  errors?: { path: string; message: string; messageZh?: string }[];
}

/** Reads the API's problem document in the visitor's language. */
export function readProblem(body: unknown, fallback: string): Problem {
  const p = (body ?? {}) as ProblemBody;
  const zh = getLocale() !== 'en';
  const fields: Record<string, string> = {};
  for (const e of p.errors ?? []) {
    const name = e.path.split('.').at(-1) ?? e.path;
    fields[name] ??= zh ? (e.messageZh ?? e.message) : e.message;
  }
  return {
    code: p.code ?? 'UNKNOWN',
    message: (zh ? p.detailZh : p.detailEn) ?? p.detail ?? p.title ?? fallback,
    fields,
  };
}
