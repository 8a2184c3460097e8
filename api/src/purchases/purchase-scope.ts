import type { Actor } from '../auth/roles.js';
import { findVisibleRound } from '../rounds/visible-round.js';
import type { AppDeps } from '../app-env.js';
import type { OrderScope } from './orders.repository.js';

/** A hospital reads its own orders and deliveries, a company those placed with it, the office all. */
export function orderScopeOf(actor: Actor): OrderScope {
  if (actor.organisationKind === 'hospital') return { hospitalId: actor.organisationId };
  if (actor.organisationKind === 'company') return { companyId: actor.organisationId };
  return {};
}

/** The round, or 404 (a draft exists only for the office). */
export const readRound = (deps: AppDeps, actor: Actor, roundId: string) =>
  findVisibleRound(deps.db, roundId, { seesDrafts: actor.organisationKind === 'office' });
