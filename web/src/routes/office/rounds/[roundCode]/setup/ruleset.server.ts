import { fail, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { OVERRIDE_FIELDS, valuesToChoice } from '$lib/office/setup/ruleset-form';
import type { SetupResult } from '$lib/office/setup/setup-result';
import { api, type Api } from '$lib/server/api';
import { requireOfficeAdmin } from '$lib/server/office-guard';
import { readProblem } from '$lib/server/problem';

type Event = RequestEvent<{ roundCode: string }>;
const FORM_FIELDS = new Set<string>(['extends', 'other', ...OVERRIDE_FIELDS]);

function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form) if (typeof value === 'string') values[key] = value;
  return values;
}

/** The API's field problems next to their fields; a key given in the JSON box shows under the box. */
function placed(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(fields)) {
    const name = FORM_FIELDS.has(key) ? key : key === 'ruleset' ? 'extends' : 'other';
    out[name] = out[name] ? `${out[name]}；${key}: ${text}` : name === 'other' ? `${key}: ${text}` : text;
  }
  return out;
}

async function preview(client: Api, roundId: string, ruleset: unknown) {
  return client.POST('/rounds/{roundId}/ruleset-preview', {
    params: { path: { roundId } },
    body: { ruleset },
  });
}

/**
 * Preview or save the ruleset choice: both check the form the same way; saving also previews, so the
 * office sees at once what the saved overrides change.
 */
function rulesetStep(action: 'previewRuleset' | 'saveRuleset') {
  return async (event: Event) => {
    requireOfficeAdmin(event);
    const values = formValues(await event.request.formData());
    const choice = valuesToChoice(values);
    if (!choice.ok) {
      const fields = Object.fromEntries(
        Object.entries(choice.fields).map(([k, kind]) => [
          k,
          kind === 'json' ? m.setup_o_other_invalid() : m.setup_o_integer_invalid(),
        ]),
      );
      return fail(400, { action, values, fields, message: null } satisfies SetupResult);
    }
    const client = api(event);
    const roundId = event.params.roundCode;
    if (action === 'saveRuleset') {
      const saved = await client.PATCH('/rounds/{roundId}', {
        params: { path: { roundId } },
        body: { ruleset: choice.choice },
      });
      if (saved.error !== undefined) {
        const problem = readProblem(saved.error, m.office_failed());
        return fail(saved.response.status, {
          action,
          values,
          fields: placed(problem.fields),
          message: problem.message,
        } satisfies SetupResult);
      }
    }
    const answer = await preview(client, roundId, choice.choice);
    if (answer.error !== undefined) {
      const problem = readProblem(answer.error, m.office_failed());
      return fail(answer.response.status, {
        action,
        values,
        fields: placed(problem.fields),
        message: problem.message,
      } satisfies SetupResult);
    }
    return {
      action,
      values,
      done: action === 'saveRuleset',
      message: action === 'saveRuleset' ? m.setup_ruleset_saved() : null,
      preview: answer.data,
    } satisfies SetupResult;
  };
}

export const rulesetActions = {
  previewRuleset: rulesetStep('previewRuleset'),
  saveRuleset: rulesetStep('saveRuleset'),
};
