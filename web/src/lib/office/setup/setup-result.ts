import type { components } from '@jicai/api/client';
import type { OfficeResult } from '$lib/office/office-result';

export type RulesetPreview = components['schemas']['RulesetPreview'];

/** What a set-up form action answered: an office result, and for the ruleset step the preview. */
export interface SetupResult extends OfficeResult {
  readonly preview?: RulesetPreview | null;
}

export interface SetupSteps {
  readonly catalogue: boolean;
  readonly ruleset: boolean;
  readonly calendar: boolean;
  readonly regions: boolean;
  readonly published: boolean;
}

/** Which steps are done: the API's own publish conditions (catalogue, calendar, regions) and a ruleset that resolves. */
export function setupSteps(round: {
  state: string;
  productCount: number;
  rulesetName: string | null;
  calendar: unknown;
  regions: readonly unknown[];
}): SetupSteps {
  return {
    catalogue: round.productCount > 0,
    ruleset: round.rulesetName !== null,
    calendar: round.calendar !== null,
    regions: round.regions.length > 0,
    published: round.state !== 'draft',
  };
}
