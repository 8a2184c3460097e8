import { fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { correctionValue, isCorrectionField } from '$lib/office/correction';
import { parseBeijingTime, parseSpeed } from '$lib/office/rehearsal-time';
import { api, type Api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { readProblem } from '$lib/server/problem';
import type { OfficeResult as OfficeActionResult } from '$lib/office/office-result';

type Event = RequestEvent<{ roundCode: string }>;
type ApiAnswer = { error?: unknown; response: Response };

const valuesOf = (form: FormData) => {
  const values: Record<string, string> = {};
  for (const [key, value] of form) if (key !== 'confirmed' && typeof value === 'string') values[key] = value;
  return values;
};

/**
 * One office step as a form action: signed-in office admin only; an irreversible step first answers
 * with a confirmation (the same values, asked again) and runs only when `confirmed=yes` comes back.
 * The API's refusal is shown next to the step, its field messages next to the fields.
 */
export function step(
  action: string,
  run: (client: Api, roundId: string, values: Record<string, string>) => Promise<ApiAnswer>,
  options: {
    confirm?: boolean;
    check?: (values: Record<string, string>) => Record<string, string>;
    /** the API's field names as the form calls them */
    rename?: Record<string, string>;
  } = {},
) {
  return async (event: Event) => {
    requireOfficeAdmin(event);
    const form = await event.request.formData();
    const values = valuesOf(form);
    const fields = options.check?.(values) ?? {};
    if (Object.keys(fields).length)
      return fail(400, { action, values, fields, message: null } satisfies OfficeActionResult);
    if (options.confirm && form.get('confirmed') !== 'yes')
      return { action, values, confirm: true } satisfies OfficeActionResult;
    const answer = await run(api(event), event.params.roundCode, values);
    if (answer.error !== undefined) {
      const problem = readProblem(answer.error, m.office_failed());
      const renamed = Object.fromEntries(
        Object.entries(problem.fields).map(([name, text]) => [options.rename?.[name] ?? name, text]),
      );
      return fail(answer.response.status, {
        action,
        values,
        fields: renamed,
        message: problem.message,
      } satisfies OfficeActionResult);
    }
    return { action, values, done: true } satisfies OfficeActionResult;
  };
}

const path = (roundId: string) => ({ params: { path: { roundId } } });

function checkClock(values: Record<string, string>) {
  const fields: Record<string, string> = {};
  if (parseBeijingTime(values.at ?? '') === null) fields.at = m.office_clock_at_invalid();
  if (parseSpeed(values.speed ?? '1') === null) fields.speed = m.office_clock_speed_invalid();
  return fields;
}

function checkAnswer(values: Record<string, string>) {
  const fields: Record<string, string> = {};
  if (!values.answer?.trim()) fields.answer = m.office_objection_answer_missing();
  if (values.decision !== 'upheld' && values.decision !== 'rejected')
    fields.decision = m.office_objection_decision_missing();
  if (values.decision === 'upheld' && !isCorrectionField(values.field ?? ''))
    fields.field = m.office_objection_field_missing();
  return fields;
}

export const officeActions = {
  clock: step(
    'clock',
    (client, roundId, v) =>
      client.PUT('/rounds/{roundId}/clock', {
        ...path(roundId),
        body: { now: parseBeijingTime(v.at ?? '') as string, speed: parseSpeed(v.speed ?? '1') as number },
      }),
    { confirm: true, check: checkClock, rename: { now: 'at' } },
  ),
  clockReset: step('clockReset', (client, roundId) =>
    client.DELETE('/rounds/{roundId}/clock', path(roundId)),
  ),
  technicalReview: step(
    'technicalReview',
    (client, roundId, v) => {
      const reviews = Object.entries(v)
        .filter(([key]) => key.startsWith('pass:'))
        .map(([key, value]) => ({ openedBidId: key.slice('pass:'.length), pass: value === 'pass' }));
      return client.PUT('/rounds/{roundId}/opening/technical-review', {
        ...path(roundId),
        body: { reviews },
      });
    },
    { confirm: true },
  ),
  closeRevival: step(
    'closeRevival',
    (client, roundId) => client.POST('/rounds/{roundId}/revival/close', path(roundId)),
    { confirm: true },
  ),
  publishProposed: step(
    'publishProposed',
    (client, roundId) => client.POST('/rounds/{roundId}/proposed/publish', path(roundId)),
    { confirm: true },
  ),
  answerObjection: step(
    'answerObjection',
    (client, roundId, v) => {
      const params = { path: { roundId, id: v.id ?? '' } };
      const answer = v.answer ?? '';
      const field = v.field ?? '';
      const body =
        v.decision === 'upheld' && isCorrectionField(field)
          ? {
              decision: 'upheld' as const,
              answer,
              correction: {
                bidCompanyId: v.companyId ?? '',
                productCode: v.productCode ?? '',
                field,
                value: correctionValue(field, v.value ?? ''),
              } as never, // the API judges the value's type per field
            }
          : { decision: 'rejected' as const, answer };
      return client.POST('/rounds/{roundId}/objections/{id}/answer', { params, body });
    },
    { confirm: true, check: checkAnswer },
  ),
  publishAward: step(
    'publishAward',
    (client, roundId) => client.POST('/rounds/{roundId}/award', path(roundId)),
    { confirm: true },
  ),
  startRegionSelection: step(
    'startRegionSelection',
    (client, roundId) => client.POST('/rounds/{roundId}/region-selection/start', path(roundId)),
    { confirm: true },
  ),
  // idempotent and harmless (a running job is left as it is): no confirmation
  generateAgreements: step('generateAgreements', (client, roundId) =>
    client.POST('/rounds/{roundId}/agreements/generation', path(roundId)),
  ),
};
