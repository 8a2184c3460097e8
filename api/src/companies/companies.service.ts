import { roundStateZh } from '@jicai/domain';
import { takesRegistrations, type RoundState } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { hasRole, type Actor, type Role } from '../auth/roles.js';
import { AppError, notFound, type FieldProblem } from '../http/app-error.js';
import { isUniqueViolation } from '../db/pg-errors.js';
import { toCompanyFacts, toRegistration, toRegistrationView } from './companies.mapper.js';
import * as repo from './companies.repository.js';
import type { CompanyFactsInput, RegistrationInput } from './companies.schema.js';
import { wholeList, type Page } from '../http/list.js';
import type { RegistrationReviewStatus } from './companies.table.js';
import { visibleRound } from '../rounds/visible-round.js';

/** Roles that read every company's facts and registrations. */
export const OFFICE_READERS: readonly Role[] = ['office-admin', 'office-official', 'auditor'];

/** Companies register (and withdraw) products after publication and before bidding opens. */
const readsAll = (actor: Actor) => hasRole(actor, ...OFFICE_READERS);

export async function getFacts(deps: AppDeps, actor: Actor, companyId: string) {
  if (!readsAll(actor) && actor.organisationId !== companyId)
    throw notFound(`company ${companyId}`, `企业 ${companyId}`);
  if (!(await repo.findCompany(deps.db, companyId)))
    throw notFound(`company ${companyId}`, `企业 ${companyId}`);
  const row = await repo.findCompanyFacts(deps.db, companyId);
  if (!row)
    throw notFound(
      `facts of company ${companyId} (not recorded yet)`,
      `企业 ${companyId} 的信息（尚未录入）`,
    );
  return toCompanyFacts(row);
}

/** The office replaces a company's facts; the audit keeps what they were. */
export async function putFacts(deps: AppDeps, actor: Actor, companyId: string, input: CompanyFactsInput) {
  const row = await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.findCompany(trx, companyId)))
      throw notFound(`company ${companyId}`, `企业 ${companyId}`);
    const before = await repo.findCompanyFacts(trx, companyId);
    const after = await repo.upsertCompanyFacts(trx, companyId, actor.userId, input);
    await appendAudit(trx, {
      stream: 'accounts',
      actorUserId: actor.userId,
      action: 'company-facts.updated',
      subject: `organisation:${companyId}`,
      payload: { before: before ? auditedFacts(before) : null, after: auditedFacts(after) },
    });
    return after;
  });
  return toCompanyFacts(row);
}

function auditedFacts(row: repo.CompanyFactRow) {
  const { updatedAt: _at, updatedBy: _by, companyId: _id, ...facts } = toCompanyFacts(row);
  return facts;
}

type RoundStateRow = { readonly state: RoundState; readonly bidding_due: boolean };

/** A round the actor may see: the office sees drafts too; to anyone else a draft does not exist. */
export function visibleRoundFor(
  actor: Actor,
  roundId: string,
  round: RoundStateRow | undefined,
): RoundStateRow {
  return visibleRound(round, {
    seesDrafts: readsAll(actor),
    missing: () => notFound(`round ${roundId}`, `轮次 ${roundId}`),
  });
}

/**
 * Registrations are open from publication until bidding opens. The scheduler moves the state a few
 * seconds after bidding_opens_at, so the calendar is read too: the deadline is the instant, not the sweep.
 */
export function requireBeforeBidding(round: RoundStateRow): void {
  if (!takesRegistrations(round.state) || round.bidding_due) {
    const why = round.bidding_due ? 'bidding has opened' : `the round is ${round.state}`;
    const whyZh = round.bidding_due ? '投标已开始' : `当前批次状态：${roundStateZh(round.state)}`;
    throw new AppError(
      'INVALID_STATE',
      {
        en: `registrations are open from publication until bidding opens; ${why}`,
        zh: `企业报名（及其审核）自批次发布起开放，至投标开始时截止；${whyZh}`,
      },
      [],
      { state: round.state },
    );
  }
}

/** A company registers one of the round's catalogue specs as its own product. */
export async function register(deps: AppDeps, actor: Actor, roundId: string, input: RegistrationInput) {
  const companyId = actor.organisationId;
  try {
    const row = await deps.db.transaction().execute(async (trx) => {
      requireBeforeBidding(visibleRoundFor(actor, roundId, await repo.lockRoundState(trx, roundId)));
      const problems: FieldProblem[] = [];
      const catalogue = await repo.findCatalogueSpec(trx, roundId, input.productId, input.specId);
      if (!catalogue)
        problems.push({
          path: 'productId',
          message: 'not a product of this round',
          messageZh: '不是本轮次的产品',
        });
      else if (catalogue.spec_id === null)
        problems.push({
          path: 'specId',
          message: 'not a spec of this product',
          messageZh: '不是该产品的规格',
        });
      const today = await repo.readShanghaiToday(trx);
      if (input.approvalDate > today)
        problems.push({
          path: 'approvalDate',
          message: `after today (${today})`,
          messageZh: `晚于今天（${today}）`,
        });
      if (input.consistencyPassedOn !== null && input.consistencyPassedOn > today) {
        problems.push({
          path: 'consistencyPassedOn',
          message: `after today (${today})`,
          messageZh: `晚于今天（${today}）`,
        });
      }
      if (problems.length > 0)
        throw new AppError(
          'VALIDATION_FAILED',
          problems.map((p) => `${p.path}: ${p.message}`).join('; '),
          problems,
        );

      const created = await repo.insertRegistration(trx, {
        ...input,
        roundId,
        companyId,
        createdBy: actor.userId,
      });
      const registration = toRegistration(created);
      await appendAudit(trx, {
        stream: `round:${roundId}`,
        actorUserId: actor.userId,
        action: 'registration.created',
        subject: `registration:${created.id}`,
        payload: registration,
      });
      return created;
    });
    return viewRegistrations(deps, [row]).then((views) => views[0] as RegistrationView);
  } catch (error) {
    if (isUniqueViolation(error, 'company_product_round_company_spec')) {
      throw new AppError(
        'CONFLICT',
        {
          en: 'your company has already registered this spec for the round',
          zh: '贵企业已在本轮次登记过该规格',
        },
        [{ path: 'specId', message: 'already registered', messageZh: '已登记' }],
      );
    }
    throw error;
  }
}

/** The office and auditors see every registration (optionally one company's); a company its own. */
export async function listForRound(
  deps: AppDeps,
  actor: Actor,
  roundId: string,
  companyId: string | undefined,
  page: Page,
  reviewStatus?: RegistrationReviewStatus,
) {
  visibleRoundFor(actor, roundId, await repo.findRoundState(deps.db, roundId));
  if (!readsAll(actor) && companyId !== undefined && companyId !== actor.organisationId) return wholeList([]);
  const rows = await repo.pageRegistrations(
    deps.db,
    roundId,
    readsAll(actor) ? companyId : actor.organisationId,
    page,
    reviewStatus,
  );
  return { items: await viewRegistrations(deps, rows.items), nextCursor: rows.nextCursor };
}

type RegistrationView = ReturnType<typeof toRegistrationView>;

/** Registrations as answered: with the codes of what they registered and the company's name. */
export async function viewRegistrations(deps: AppDeps, rows: readonly repo.RegistrationRow[]) {
  const labels = await repo.findSpecLabels(
    deps.db,
    rows.map((r) => r.spec_id),
  );
  const names = await repo.findCompanyNames(
    deps.db,
    rows.map((r) => r.company_id),
  );
  return rows.map((r) => toRegistrationView(r, labels, names));
}

/** A company withdraws its own registration, before bidding opens; anyone else's is not found. */
export async function withdraw(deps: AppDeps, actor: Actor, roundId: string, id: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const round = visibleRoundFor(actor, roundId, await repo.lockRoundState(trx, roundId));
    const own = await repo.findOwnRegistration(trx, roundId, id, actor.organisationId);
    if (!own) throw notFound(`registration ${id}`, `产品登记 ${id}`);
    requireBeforeBidding(round);
    await repo.deleteRegistration(trx, roundId, id, actor.organisationId);
    await appendAudit(trx, {
      stream: `round:${roundId}`,
      actorUserId: actor.userId,
      action: 'registration.withdrawn',
      subject: `registration:${id}`,
      payload: toRegistration(own),
    });
  });
}
