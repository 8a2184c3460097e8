import type { RoundEvent } from '@jicai/domain';

/** Every action the audit log records: a closed list, so a reader of the log knows every word in it. */
export const AUDIT_ACTIONS = [
  'account.lock-lifted',
  'account.locked',
  'agreed-volumes.stored',
  'agreement.signed',
  'agreements.generation-finished',
  'agreements.generation-started',
  'api-token.created',
  'api-token.revoked',
  'award-settings.set',
  'backup.activated',
  'bid.replaced',
  'bid.submitted',
  'bid.withdrawn',
  'bids.opened',
  'bids.technical-opened',
  'bids.technical-reviewed',
  'company-document.accepted',
  'company-document.rejected',
  'company-document.requested',
  'company-facts.updated',
  'delivery.accepted',
  'delivery.recorded',
  'demand.approved',
  'demand.imported',
  'demand.returned',
  'demand.submitted',
  'demo.seeded',
  'distributor.added',
  'document.issued',
  'evaluation.recorded',
  'invoice.recorded',
  'inventory.reported',
  'key-ceremony.held',
  'key-share.fetched',
  'listing.applied',
  'listing.changed',
  'non-winner-excess.notified',
  'objection.filed',
  'objection.rejected',
  'objection.upheld',
  'opening.share-received',
  'order.cancelled',
  'order.confirmed',
  'order.placed',
  'organisation.created',
  'outage.closed',
  'outage.recorded',
  'password.changed',
  'payment-terms.set',
  'payment.recorded',
  'prepayment.recorded',
  'product.added',
  'product.removed',
  'proposed.published',
  'purchases.imported',
  'region-preferences.set',
  'region.picked',
  'region.picked-by-default',
  'registration.created',
  'registration.reviewed',
  'registration.withdrawn',
  'revival.answered',
  'revival.closed',
  'revival.offered',
  'round.award-fixed',
  'round.bidding-closed',
  'round.bidding-opened',
  'round.bids-opened',
  'round.calendar-set',
  'round.cancelled',
  'round.clock-cleared',
  'round.clock-set',
  'round.created',
  'round.deadline-extended',
  'round.demand-closed',
  'round.demand-locked',
  'round.demand-opened',
  'round.outage-formula-set',
  'round.proposed-winners-published',
  'round.published',
  'round.renewed',
  'round.region-selection-started',
  'round.result-corrected',
  'round.revival-closed',
  'round.ruleset-frozen',
  'round.technical-envelope-opened',
  'round.updated',
  'round.volumes-agreed',
  'session.opened',
  'surplus.graded',
  'technical-file.removed',
  'technical-file.sealed',
  'technical-files.discarded',
  'technical-files.released',
  'user.created',
  'user.updated',
  'working-days.replaced',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The action a round event of the state machine is recorded as. */
export const ROUND_EVENT_ACTION: Readonly<Record<RoundEvent['type'], AuditAction>> = {
  'round-published': 'round.published',
  'demand-opened': 'round.demand-opened',
  'demand-closed': 'round.demand-closed',
  'demand-locked': 'round.demand-locked',
  'bidding-opened': 'round.bidding-opened',
  'bidding-closed': 'round.bidding-closed',
  'round-cancelled': 'round.cancelled',
  'technical-envelope-opened': 'round.technical-envelope-opened',
  'bids-opened': 'round.bids-opened',
  'revival-closed': 'round.revival-closed',
  'proposed-winners-published': 'round.proposed-winners-published',
  'result-corrected': 'round.result-corrected',
  'award-fixed': 'round.award-fixed',
  'region-selection-started': 'round.region-selection-started',
  'volumes-agreed': 'round.volumes-agreed',
};

/**
 * The audit streams: one hash chain each, so writers of different streams never wait on each other.
 * A company's bids on a round have a stream of their own (the bid path is the busiest writer).
 */
export type AuditStream =
  | 'accounts'
  | 'calendar'
  | 'outages'
  | `round:${string}`
  | `round:${string}:company:${string}`
  /** a company's own documents */
  | `company:${string}`;

export const roundStream = (roundId: string): AuditStream => `round:${roundId}`;
/** One audit chain per company and round: a shared chain would make every bid wait for the last. */
export const companyBidStream = (roundId: string, companyId: string): AuditStream =>
  `round:${roundId}:company:${companyId}`;
