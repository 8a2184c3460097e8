import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import type { Actor } from '../auth/roles.js';
import { AppError } from '../http/app-error.js';
import { insertRound, lockRoundForUpdate } from '../rounds/rounds.repository.js';
import { roundView } from '../rounds/rounds.service.js';
import { visibleRound } from '../rounds/visible-round.js';
import * as repo from './renewal.repository.js';

export interface RenewalBody {
  readonly code: string;
  readonly name: string;
}

const noAgreements = () =>
  new AppError(
    'INVALID_STATE',
    {
      en: 'a renewal is made from a round’s agreements: this round has none',
      zh: '接续依据本轮次的购销协议：本轮次尚无购销协议',
    },
    [],
    { refusal: 'NO_AGREEMENTS' },
  );

const alreadyRenewed = (code: string) =>
  new AppError(
    'CONFLICT',
    {
      en: `this round was already renewed as ${code}`,
      zh: `本轮次已接续为 ${code}`,
    },
    [],
    { refusal: 'ALREADY_RENEWED', renewalCode: code },
  );

const codeUsed = (code: string) =>
  new AppError('CONFLICT', { en: `round code ${code} is already used`, zh: `轮次编号 ${code} 已被使用` }, [
    { path: 'code', message: 'already used by another round', messageZh: '已被其他轮次使用' },
  ]);

/**
 * Renewal (接续, issue 12 §6): the office makes a draft round from an expiring one — its ruleset
 * choice, regions and catalogue, the institutions that took part with last cycle's purchases as the
 * new baseline (demand lines whose 上年用量 is what each bought) — and the expiring agreements are
 * marked renewed at once (docs/rules.md §12.7). One renewal per round: a second is refused.
 */
export async function renewRound(deps: AppDeps, actor: Actor, roundId: string, body: RenewalBody) {
  const id = await deps.db.transaction().execute(async (trx) => {
    const old = visibleRound(await lockRoundForUpdate(trx, roundId), { seesDrafts: true });
    const agreements = await repo.countAgreements(trx, roundId);
    if (agreements === 0) throw noAgreements();
    const existing = await repo.findRenewal(trx, roundId);
    if (existing) throw alreadyRenewed(existing.code);
    const inserted = await insertRound(trx, {
      code: body.code,
      name: body.name,
      ruleset: old.ruleset,
      createdBy: actor.userId,
    });
    if (!inserted) throw codeUsed(body.code);
    await repo.markRenewedFrom(trx, inserted.id, roundId);
    const regionCodes = await repo.copyRegions(trx, roundId, inserted.id);
    const products = await repo.copyCatalogue(trx, roundId, inserted.id);
    const baselineLines = await repo.seedBaseline(trx, roundId, inserted.id);
    const renewed = await repo.markAgreementsRenewed(trx, roundId);
    await appendAudit(trx, {
      stream: roundStream(inserted.id),
      actorUserId: actor.userId,
      action: 'round.created',
      subject: roundStream(inserted.id),
      payload: { code: body.code, name: body.name, regionCodes, ruleset: old.ruleset, renewedFrom: roundId },
    });
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: actor.userId,
      action: 'round.renewed',
      subject: roundStream(roundId),
      payload: {
        renewalRoundId: inserted.id,
        renewalCode: body.code,
        products,
        baselineLines,
        agreementsRenewed: renewed,
      },
    });
    return inserted.id;
  });
  return roundView(deps.db, actor, id);
}
