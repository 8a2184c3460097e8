import { checkUscc } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import type { Actor } from '../auth/roles.js';
import { isUniqueViolation } from '../db/pg-errors.js';
import { AppError, invalid } from '../http/app-error.js';
import { mapPage, type Page } from '../http/list.js';
import { USCC_MESSAGES, USCC_MESSAGES_ZH } from '../organisations/organisations.service.js';
import * as repo from './distributors.repository.js';
import { toDistributorView } from './purchases.mapper.js';

/** A company's distributors; the office reads every company's. */
export async function listDistributors(deps: AppDeps, actor: Actor, page: Page) {
  const companyId = actor.organisationKind === 'company' ? actor.organisationId : undefined;
  return mapPage(await repo.pageDistributors(deps.db, companyId, page), toDistributorView);
}

export interface DistributorInput {
  readonly name: string;
  readonly uscc: string;
  readonly regions: readonly string[];
}

/** A company names a distributor (配送企业) that carries its deliveries; its USCC checked as every other. */
export async function addDistributor(deps: AppDeps, actor: Actor, input: DistributorInput) {
  const uscc = input.uscc.toUpperCase();
  const problem = checkUscc(uscc);
  if (problem) throw invalid('uscc', USCC_MESSAGES[problem](uscc), USCC_MESSAGES_ZH[problem](uscc));
  const regions = [...new Set(input.regions.map((r) => r.toUpperCase()))].sort();
  const known = new Set((await repo.findRegionCodes(deps.db, regions)).map((r) => r.code));
  const unknown = regions.filter((r) => !known.has(r));
  if (unknown.length > 0)
    throw invalid(
      'regions',
      `not regions of the platform: ${unknown.join(', ')}`,
      `不是平台的地区：${unknown.join('、')}`,
    );
  const row = await deps.db
    .transaction()
    .execute(async (trx) => {
      const added = await repo.insertDistributor(trx, {
        companyId: actor.organisationId,
        name: input.name,
        uscc,
        regions,
        userId: actor.userId,
      });
      await appendAudit(trx, {
        stream: `company:${actor.organisationId}`,
        actorUserId: actor.userId,
        action: 'distributor.added',
        subject: `distributor:${added.id}`,
        payload: { name: added.name, uscc, regions },
      });
      return added;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error))
        throw new AppError(
          'CONFLICT',
          { en: `distributor ${uscc} is already on your list`, zh: `配送企业 ${uscc} 已在本企业名单中` },
          [{ path: 'uscc', message: 'already on your list', messageZh: '已登记' }],
        );
      throw error;
    });
  return toDistributorView(row);
}
