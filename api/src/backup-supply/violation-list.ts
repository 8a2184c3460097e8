import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { appendAudit } from '../audit/audit.repository.js';
import { toCompanyFacts } from '../companies/companies.mapper.js';
import {
  findCompanyFacts,
  upsertCompanyFacts,
  type CompanyFactRow,
} from '../companies/companies.repository.js';

const facts = (row: CompanyFactRow) => {
  const { updatedAt: _at, updatedBy: _by, companyId: _id, ...rest } = toCompanyFacts(row);
  return rest;
};

/**
 * Puts a company on the violation list (违规名单) until `until` (null: indefinitely) through the same
 * facts the office maintains (company_fact, audited as `company-facts.updated` like the facts form), so
 * the eligibility of later rounds reads `ON_VIOLATION_LIST` (docs/rules.md §6, §12.6). Its other facts
 * stay as they were; a company without facts gets the neutral ones. Returns what was recorded.
 */
export async function listViolation(
  trx: Transaction<Database>,
  actor: { readonly userId: string },
  companyId: string,
  until: string | null,
) {
  const before = await findCompanyFacts(trx, companyId);
  const kept = before
    ? facts(before)
    : {
        creditRank: 0,
        regionsSuppliedLastYear: 0,
        salesVolume: 0,
        affiliateGroup: null,
        qualityFailureOn: null,
      };
  const after = await upsertCompanyFacts(trx, companyId, actor.userId, {
    ...kept,
    onViolationList: true,
    violationUntil: until,
  });
  await appendAudit(trx, {
    stream: 'accounts',
    actorUserId: actor.userId,
    action: 'company-facts.updated',
    subject: `organisation:${companyId}`,
    payload: { before: before ? facts(before) : null, after: facts(after), cause: 'backup-activation' },
  });
  return { onViolationList: true, violationUntil: until };
}
