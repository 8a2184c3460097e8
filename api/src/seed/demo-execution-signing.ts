import { shanghaiDate, shanghaiInstant } from '@jicai/domain';
import type { Kysely, Transaction } from 'kysely';
import {
  agreementTermsSha256,
  signAgreementSide,
  type AgreementTermsDoc,
  type SigningSide,
} from '../agreements/agreement-signature.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import type { Database } from '../db/database.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';

type Trx = Transaction<Database>;

const DAY_MS = 86_400_000;
const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** Each agreement's terms as both parties sign them (agreement-signature.ts). */
export async function agreementTermsDocs(
  trx: Kysely<Database>,
  roundId: string,
): Promise<AgreementTermsDoc[]> {
  const agreements = await trx
    .selectFrom('agreement')
    .select(['id', 'hospital_id', 'company_id'])
    .where('round_id', '=', roundId)
    .orderBy('id')
    .execute();
  const lines = await trx
    .selectFrom('agreement_line as l')
    .innerJoin('agreement as a', 'a.id', 'l.agreement_id')
    .selectAll('l')
    .where('a.round_id', '=', roundId)
    .execute();
  return agreements.map((a) => ({
    agreementId: a.id,
    roundId,
    hospitalId: a.hospital_id,
    companyId: a.company_id,
    lines: lines
      .filter((l) => l.agreement_id === a.id)
      .map((l) => ({
        productId: l.product_id,
        groupKey: l.group_key,
        specCode: l.spec_code,
        unitsPerPack: l.units_per_pack,
        packPrice: l.pack_price,
        agreedVolume: l.agreed_volume,
        supply: l.supply,
        cycleStart: l.cycle_start,
        cycleEnd: l.cycle_end,
      })),
  }));
}

/** The one user of each hospital and company (the demo gives every organisation one login). */
async function usersByOrganisation(trx: Trx): Promise<Map<string, string>> {
  const rows = await trx
    .selectFrom('app_user')
    .select(['id', 'organisation_id', 'login'])
    .where((eb) => eb.or([eb('login', 'like', 'hospital.%'), eb('login', 'like', 'company.%')]))
    .orderBy('login')
    .execute();
  const users = new Map<string, string>();
  for (const r of rows)
    if (r.organisation_id && !users.has(r.organisation_id)) users.set(r.organisation_id, r.id);
  return users;
}

/**
 * Every agreement signed by both sides in the week after the volumes were agreed: the hospital first,
 * the company a day later, each a signature of the platform key over the terms' hash, stored on the
 * agreement and in the audit chain (`agreement.signed`), as the signing API does.
 */
export async function signAllAgreements(
  trx: Trx,
  roundId: string,
  agreedOn: string,
  signer: PlatformSigner,
): Promise<number> {
  const users = await usersByOrganisation(trx);
  const docs = await agreementTermsDocs(trx, roundId);
  const base = shanghaiInstant(agreedOn, '12:00').getTime();
  for (const [i, doc] of docs.entries()) {
    const termsSha256 = agreementTermsSha256(doc);
    const hospitalDay = shanghaiDate(new Date(base + (2 + (i % 4)) * DAY_MS));
    const signings: [SigningSide, string, Date][] = [
      ['hospital', doc.hospitalId, shanghaiInstant(hospitalDay, hhmm(10 + (i % 6), 15 + (i % 40)))],
      ['company', doc.companyId, shanghaiInstant(hospitalDay, hhmm(16 + (i % 2), 5 + (i % 50)))],
    ];
    const set: Record<string, unknown> = { terms_sha256: termsSha256 };
    for (const [side, organisationId, at] of signings) {
      const userId = users.get(organisationId) as string;
      const signedAt = at.toISOString();
      const signature = signAgreementSide(signer, {
        agreementId: doc.agreementId,
        termsSha256,
        side,
        userId,
        signedAt,
      });
      set[`${side}_signed_at`] = at;
      set[`${side}_signed_by`] = userId;
      set[`${side}_signature`] = signature;
      await appendAudit(trx, {
        stream: roundStream(roundId),
        actorUserId: userId,
        action: 'agreement.signed',
        subject: `agreement:${doc.agreementId}`,
        payload: {
          agreementId: doc.agreementId,
          side,
          termsSha256,
          signedAt,
          keyId: signer.keyId,
          signature,
        },
      });
    }
    await trx.updateTable('agreement').set(set).where('id', '=', doc.agreementId).execute();
  }
  return docs.length;
}
