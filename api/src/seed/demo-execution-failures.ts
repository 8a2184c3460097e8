import { Dec } from '@jicai/domain';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { activateBackupIn } from '../backup-supply/backup-activation.service.js';
import { applyListingIn } from '../listing/listing-apply.service.js';
import { createListingIn } from '../listing/listing.service.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import { signActivationAgreements } from './demo-execution-backup-signing.js';

type Trx = Transaction<Database>;

/** The demo logins' hospitals' regions and the companies listed by hand: their journeys stay as other demos expect. */
const KEPT_REGIONS = ['BJ', 'SH'];
const KEPT_COMPANY_LOGINS = ['company.c01', 'company.c02', 'company.c03', 'company.c04', 'company.c05'];

/** A region where a winner supplies hospitals under running agreements and has a backup to take over. */
async function findFailure(trx: Trx, roundId: string) {
  const { rows } = await sql<{
    product_id: string;
    group_key: string | null;
    region_code: string;
    company_id: string;
  }>`
    select p.product_id, p.group_key, p.region_code, p.company_id
    from region_pick p
    join region_pick b on b.round_id = p.round_id and b.product_id = p.product_id
      and b.group_key is not distinct from p.group_key and b.region_code = p.region_code and b.kind = 'backup'
    join product pr on pr.id = p.product_id
    where p.round_id = ${roundId}::uuid and p.kind = 'primary'
      and p.region_code <> all(${KEPT_REGIONS}::text[])
      and exists (select 1 from agreement a join agreement_line l on l.agreement_id = a.id
        join organisation h on h.id = a.hospital_id
        where a.round_id = p.round_id and a.company_id = p.company_id and l.product_id = p.product_id
          and h.region_code = p.region_code and l.ended_on is null)
    order by pr.code collate "C", p.region_code
    limit 1`.execute(trx);
  return rows[0];
}

/** A company with no agreement and no bid for a product of the round, beside one winner's price there. */
async function findOutsider(trx: Trx, roundId: string) {
  const { rows } = await sql<{
    product_id: string;
    company_id: string;
    spec_code: string;
    pack_price: string;
  }>`
    select l.product_id, c.id as company_id, l.spec_code, l.pack_price
    from agreement a join agreement_line l on l.agreement_id = a.id
    join product pr on pr.id = l.product_id
    cross join lateral (
      select o.id from organisation o
      where o.kind = 'company'
        and not exists (select 1 from agreement x join agreement_line y on y.agreement_id = x.id
          where x.round_id = a.round_id and x.company_id = o.id and y.product_id = l.product_id)
        and not exists (select 1 from bid b where b.round_id = a.round_id and b.product_id = l.product_id
          and b.company_id = o.id)
        and not exists (select 1 from app_user u where u.organisation_id = o.id
          and u.login = any(${KEPT_COMPANY_LOGINS}::text[]))
      order by o.name limit 1
    ) c
    where a.round_id = ${roundId}::uuid and a.activation_id is null
    order by pr.code collate "C", a.id
    limit 1`.execute(trx);
  return rows[0];
}

/**
 * Issue 12's failures in the demo's execution round, through the services the office uses: one
 * backup activation in one region (outside the demo logins' BJ and SH), a company
 * listed before the round that did not bid, and the round's listing rules applied (winners listed at
 * their awarded price, that company delisted). Runs inside the seed's transaction.
 */
export async function seedExecutionFailures(
  trx: Trx,
  roundId: string,
  officeAdminId: string,
  signer?: PlatformSigner,
) {
  const by = { userId: officeAdminId };
  const failure = await findFailure(trx, roundId);
  // The failed company stays off the violation list here: every demo company bids in NVBP7-DEMO, whose
  // eligibility would read it (the list itself is proven in backup-activation.test.ts).
  if (failure) {
    const activationId = await activateBackupIn(trx, by, roundId, {
      productId: failure.product_id,
      groupKey: failure.group_key,
      failedCompanyId: failure.company_id,
      regionCodes: [failure.region_code],
      reason: '该中选企业连续两个月未按约定配送，医疗机构多次催告仍未恢复供应，按规则启用备供企业。',
      violationList: false,
    });
    if (signer) await signActivationAgreements(trx, roundId, activationId, signer);
  }
  const outsider = await findOutsider(trx, roundId);
  if (outsider)
    await createListingIn(trx, by, {
      productId: outsider.product_id,
      companyId: outsider.company_id,
      specCode: outsider.spec_code,
      // a price the cap allows (×1.5 of a winner's): the listing stands until the rules delist it
      packPrice: new Dec(outsider.pack_price).times('1.5').toDecimalPlaces(2, Dec.ROUND_DOWN).toFixed(2),
      reason: '集采前已在本平台挂网（历史挂网记录）',
    });
  await applyListingIn(trx, by, roundId);
}
