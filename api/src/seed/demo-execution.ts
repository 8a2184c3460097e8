import { createHash } from 'node:crypto';
import { Dec, shanghaiDate, shanghaiInstant } from '@jicai/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import type { SeededAccounts } from './demo-accounts.js';
import { packPrice } from './demo-national.js';
import { LOSING_BID, seedAgreedExecutionRound, type ExecutionParties } from './demo-execution-round.js';
import { addDays, seedLedger } from './demo-execution-ledger.js';
import { signAllAgreements } from './demo-execution-signing.js';
import { seedExecutionFailures } from './demo-execution-failures.js';
import { seedInventoryReports } from './demo-inventory.js';

type Trx = Transaction<Database>;

export { EXECUTION_ROUND } from './demo-execution-round.js';

/** The hospital that keeps buying a non-winning company's product, beyond last year's volume. */
export const OVER_CAP = { region: 'SH', n: 1, login: 'hospital.sh1', product: 0 } as const;

/**
 * hospital.sh1's own system's records, imported as one file: every full month of the cycle it bought
 * the first product from the company that lost (at its bid price, outside any agreement), 30 % of last
 * year's volume a month, so that by the fourth month it is over last year's volume (the non-winner cap).
 */
async function seedNonWinnerImport(trx: Trx, parties: ExecutionParties, today: string) {
  const hospital = parties.hospitals.find((h) => h.regionCode === OVER_CAP.region && h.n === OVER_CAP.n);
  const product = parties.round.products[OVER_CAP.product];
  const loser = parties.bidders[OVER_CAP.product]?.[LOSING_BID];
  if (!hospital || !product || !loser) return;
  const user = await trx
    .selectFrom('app_user')
    .select('id')
    .where('login', '=', OVER_CAP.login)
    .executeTakeFirstOrThrow();
  const demand = await trx
    .selectFrom('demand_report')
    .select('last_year_volume')
    .where('round_id', '=', parties.round.id)
    .where('hospital_id', '=', hospital.id)
    .where('product_id', '=', product.id)
    .executeTakeFirstOrThrow();
  const spec = product.demo.specs.find((s) => s.code === product.demo.representativeSpecCode);
  if (!spec || demand.last_year_volume === null) return;
  const price = packPrice(product.demo, 85);
  const packs = Math.ceil((Number(demand.last_year_volume) * 0.3) / spec.unitsPerPack);
  // the cycle starts on the 1st of the month after the agreed day: m months after the agreed month
  const agreedMonth = `${parties.agreedOn.slice(0, 7)}-01`;
  const months = [];
  for (let m = 1; ; m++) {
    const first = `${addDays(agreedMonth, 31 * m).slice(0, 7)}-01`;
    const lastDay = addDays(`${addDays(first, 31).slice(0, 7)}-01`, -1);
    if (lastDay >= today) break;
    months.push(addDays(first, 24));
  }
  const importedOn = addDays(`${today.slice(0, 7)}-01`, 1);
  const fileName = `${OVER_CAP.login}-采购入库明细-${months[0]?.slice(0, 7)}至${months.at(-1)?.slice(0, 7)}.xlsx`;
  const file = await trx
    .insertInto('purchase_import')
    .values({
      hospital_id: hospital.id,
      round_id: parties.round.id,
      file_sha256: createHash('sha256').update(fileName).digest('hex'),
      file_name: fileName,
      line_count: months.length,
      imported_at: shanghaiInstant(importedOn <= today ? importedOn : today, '08:40'),
      imported_by: user.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('purchase')
    .values(
      months.map((day, i) => ({
        round_id: parties.round.id,
        hospital_id: hospital.id,
        region_code: hospital.regionCode,
        product_id: product.id,
        company_id: loser.id,
        agreement_id: null,
        spec_code: spec.code,
        packs,
        units: packs * spec.unitsPerPack,
        pack_price: price,
        amount: new Dec(price).times(packs).toFixed(2),
        ordered_on: day,
        ordered_at: shanghaiInstant(day, '10:00'),
        ordered_by: user.id,
        source: 'import' as const,
        import_id: file.id,
        external_ref: `RK${day.replaceAll('-', '')}-${String(i + 1).padStart(3, '0')}`,
        status: 'recorded' as const,
      })),
    )
    .execute();
}

/**
 * NVBP5-DEMO, the round in execution: awarded months ago by the platform's own steps, every agreement
 * signed by both sides, and the months since the cycle started in the ledger. Needs the platform key
 * (the signatures are the platform's): seeded only when the seed is given one, as `./jicai start` does.
 */
export async function seedExecutionRound(
  trx: Trx,
  accounts: SeededAccounts,
  now: Date,
  signer: PlatformSigner,
): Promise<void> {
  const today = shanghaiDate(now);
  const parties = await seedAgreedExecutionRound(trx, accounts, now, signer);
  await signAllAgreements(trx, parties.round.id, parties.agreedOn, signer);
  await seedLedger(trx, parties.round.id, now, accounts.officeAdminId);
  await seedNonWinnerImport(trx, parties, today);

  // ── parts of other features are seeded here (one call per line): a backup activation and a
  // delisting (listing), inventory reports (monitor), …
  await seedExecutionFailures(trx, parties.round.id, accounts.officeAdminId, signer);
  await seedInventoryReports(trx, parties.round.id, today);
}
