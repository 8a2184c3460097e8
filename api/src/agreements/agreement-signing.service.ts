import type { AgreementStatus } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit, lockAuditStream } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import { confirmPassword } from '../auth/password-confirmation.js';
import { hasRole, type Actor } from '../auth/roles.js';
import { readDbNow } from '../db/db-clock.js';
import { AppError, notFound } from '../http/app-error.js';
import type { Page } from '../http/list.js';
import { findVisibleRound } from '../rounds/visible-round.js';
import { agreementTermsSha256, signAgreementSide, type SigningSide } from './agreement-signature.js';
import { termsDocOf, toSignedAgreementView, verifyAgreement } from './agreement-signing.mapper.js';
import {
  countAgreementsByStatus,
  lockAgreementForSigning,
  pageAgreementsOfStatus,
  readRoundToday,
  storeSignature,
} from './agreement-signing.repository.js';
import { findAgreementLines, findScopedAgreement, type AgreementScope } from './agreements.repository.js';

const OFFICE_ROLES = ['office-admin', 'office-official', 'auditor'] as const;

/** A hospital sees its own agreements, a company its own; the office and auditors all. */
function scopeOf(actor: Actor): AgreementScope {
  const own = actor.organisationId; // read before hasRole, a type guard, narrows actor to never
  if (hasRole(actor, ...OFFICE_ROLES)) return {};
  return hasRole(actor, 'hospital-user') ? { hospitalId: own } : { companyId: own };
}

const seesDrafts = (actor: Actor) => ({ seesDrafts: hasRole(actor, ...OFFICE_ROLES) });
const agreementNotFound = () => notFound('agreement', '该购销协议');

/** A page of the round's agreements in the reader's scope, with status, lines and signatures. */
export async function listAgreementViews(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  query: Page & { readonly status?: AgreementStatus | undefined },
) {
  await findVisibleRound(deps.db, roundId, seesDrafts(actor));
  const today = await readRoundToday(deps.db, roundId);
  const { status, ...page } = query;
  const rows = await pageAgreementsOfStatus(deps.db, roundId, scopeOf(actor), page, { status, today });
  const lines = await findAgreementLines(
    deps.db,
    rows.items.map((r) => r.id),
  );
  return {
    items: rows.items.map((row) =>
      toSignedAgreementView(
        row,
        lines.filter((l) => l.agreement_id === row.id),
        today,
      ),
    ),
    nextCursor: rows.nextCursor,
  };
}

/** One agreement with the check of its signatures, for either party and the office. */
export async function agreementDetail(deps: AppDeps, actor: Actor, roundId: string, agreementId: string) {
  await findVisibleRound(deps.db, roundId, seesDrafts(actor));
  const row = await findScopedAgreement(deps.db, roundId, agreementId, scopeOf(actor));
  if (!row) throw agreementNotFound();
  const [today, lines] = await Promise.all([
    readRoundToday(deps.db, roundId),
    findAgreementLines(deps.db, [row.id]),
  ]);
  return {
    ...toSignedAgreementView(row, lines, today),
    verification: verifyAgreement(deps.signer, row, lines),
  };
}

/** The office's count of the round's agreements by status, every status named (0 when none). */
export async function agreementStatusCounts(deps: AppDeps, _actor: Actor, roundId: string) {
  await findVisibleRound(deps.db, roundId, { seesDrafts: true });
  const today = await readRoundToday(deps.db, roundId);
  const counts = await countAgreementsByStatus(deps.db, roundId, today);
  const of = (status: AgreementStatus) => counts.find((c) => c.status === status)?.count ?? 0;
  return {
    today,
    drafted: of('drafted'),
    signed: of('signed'),
    active: of('active'),
    expired: of('expired'),
    renewed: of('renewed'),
    total: counts.reduce((sum, c) => sum + c.count, 0),
  };
}

export interface SignatureRequest {
  readonly password: string;
  readonly termsSha256: string;
}

const termsChanged = (current: string) =>
  new AppError(
    'CONFLICT',
    {
      en: 'termsSha256: the agreement’s terms are not the ones you saw; read them again before signing',
      zh: 'termsSha256：协议条款与您看到的不一致；请重新阅读后再签署',
    },
    [{ path: 'termsSha256', message: 'the terms changed', messageZh: '协议条款已变化' }],
    { termsSha256: current },
  );

const alreadySigned = (side: SigningSide, at: Date) =>
  new AppError(
    'INVALID_STATE',
    {
      en: `the ${side} has already signed this agreement`,
      zh: side === 'hospital' ? '医疗机构已签署该协议' : '企业已签署该协议',
    },
    [],
    { signedAt: at.toISOString(), side },
  );

/**
 * A party's user signs the agreement (issue 12.1): another's agreement is 404; the password is typed
 * again; the hash the user saw must be the hash of the terms as they stand (and as the other side
 * signed them, when it did first); the platform's signature over side, user, hash and the database's
 * instant is stored once per side and recorded in the round's audit chain.
 */
export async function signAgreement(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  agreementId: string,
  request: SignatureRequest,
  ip: string,
) {
  const side: SigningSide = hasRole(actor, 'hospital-user') ? 'hospital' : 'company';
  await findVisibleRound(deps.db, roundId, { seesDrafts: false });
  // existence first: a wrong password never tells another party's user that the agreement exists
  if (!(await findScopedAgreement(deps.db, roundId, agreementId, scopeOf(actor)))) throw agreementNotFound();
  await confirmPassword(deps, actor, request.password, ip);
  await deps.db.transaction().execute(async (trx) => {
    // the stream before the row, in the order the agreement job takes them (it audits, then marks issued)
    await lockAuditStream(trx, roundStream(roundId));
    const agreement = await lockAgreementForSigning(trx, roundId, agreementId);
    const own = side === 'hospital' ? agreement?.hospital_id : agreement?.company_id;
    if (!agreement || own !== actor.organisationId) throw agreementNotFound();
    if (agreement.issued_at === null)
      throw new AppError('INVALID_STATE', {
        en: 'this agreement is not issued yet: it can be signed once its PDF is',
        zh: '该协议尚未出具：协议文本出具后方可签署',
      });
    const signedAt = side === 'hospital' ? agreement.hospital_signed_at : agreement.company_signed_at;
    if (signedAt !== null) throw alreadySigned(side, signedAt);
    const current = agreementTermsSha256(
      termsDocOf(agreement, await findAgreementLines(trx, [agreement.id])),
    );
    if (agreement.terms_sha256 !== null && agreement.terms_sha256 !== current) throw termsChanged(current);
    if (request.termsSha256 !== current) throw termsChanged(current);
    const at = await readDbNow(trx);
    const fields = {
      agreementId,
      termsSha256: current,
      side,
      userId: actor.userId,
      signedAt: at.toISOString(),
    };
    const signature = signAgreementSide(deps.signer, fields);
    const stored = await storeSignature(trx, agreementId, side, {
      at,
      by: actor.userId,
      signature,
      termsSha256: current,
    });
    if (!stored) throw alreadySigned(side, at);
    await appendAudit(trx, {
      stream: roundStream(roundId),
      actorUserId: actor.userId,
      action: 'agreement.signed',
      subject: `agreement:${agreementId}`,
      // everything a reader needs to check the signature from the chain alone (the actor is the user)
      payload: {
        agreementId,
        side,
        termsSha256: current,
        signedAt: fields.signedAt,
        keyId: deps.signer.keyId,
        signature,
      },
    });
  });
  return agreementDetail(deps, actor, roundId, agreementId);
}
