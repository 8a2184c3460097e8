import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import { notFound } from '../http/app-error.js';
import * as repo from './companies.repository.js';
import { requireBeforeBidding, viewRegistrations, visibleRoundFor } from './companies.service.js';
import * as review from './registration-review.repository.js';
import type { RegistrationReviewInput } from './registration-review.schema.js';

/**
 * The office approves or rejects a company's registration (资格审核) while registrations are open,
 * from publication until bidding opens: after that the decision is final, and no review ever
 * depends on (or tells) whether the company has bid. A decision can be changed while the window is
 * open; each one is audited on the round's stream with what it replaced.
 */
export async function reviewRegistration(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  id: string,
  input: RegistrationReviewInput,
) {
  const row = await deps.db.transaction().execute(async (trx) => {
    const round = visibleRoundFor(actor, roundId, await repo.lockRoundState(trx, roundId));
    const before = await review.lockRegistration(trx, roundId, id);
    if (!before) throw notFound(`registration ${id}`, `产品登记 ${id}`);
    requireBeforeBidding(round);
    const reason = input.decision === 'rejected' ? (input.reason ?? null) : null;
    const after = await review.updateReview(trx, id, {
      status: input.decision,
      reason,
      reviewedBy: actor.userId,
    });
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: 'registration.reviewed',
      subject: `registration:${id}`,
      payload: {
        companyId: before.company_id,
        specId: before.spec_id,
        before: { status: before.review_status, reason: before.review_reason },
        after: { status: after.review_status, reason: after.review_reason },
      },
    });
    return after;
  });
  const [view] = await viewRegistrations(deps, [row]);
  return view as NonNullable<typeof view>;
}
