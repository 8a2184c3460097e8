import type { Transaction } from 'kysely';
import { agreementTermsSha256, signAgreementSide } from '../agreements/agreement-signature.js';
import { appendAudit } from '../audit/audit.repository.js';
import { roundStream } from '../audit/audit-actions.js';
import type { Database } from '../db/database.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import { agreementTermsDocs } from './demo-execution-signing.js';

const MINUTE_MS = 60_000;

/**
 * The backup activation's new agreements signed by both sides as the signing API does (the hospital
 * an hour after the activation, the backup company an hour later), so that every agreement of the
 * demo round is signed; each signature in the audit chain (`agreement.signed`).
 */
export async function signActivationAgreements(
  trx: Transaction<Database>,
  roundId: string,
  activationId: string,
  signer: PlatformSigner,
) {
  const activation = await trx
    .selectFrom('backup_activation')
    .select('activated_at')
    .where('id', '=', activationId)
    .executeTakeFirstOrThrow();
  const made = await trx
    .selectFrom('agreement')
    .select('id')
    .where('activation_id', '=', activationId)
    .execute();
  const ids = new Set(made.map((a) => a.id));
  const users = new Map(
    (await trx.selectFrom('app_user').select(['id', 'organisation_id']).orderBy('login').execute())
      .reverse()
      .map((u) => [u.organisation_id, u.id]),
  );
  for (const doc of (await agreementTermsDocs(trx, roundId)).filter((d) => ids.has(d.agreementId))) {
    const termsSha256 = agreementTermsSha256(doc);
    const set: Record<string, unknown> = { terms_sha256: termsSha256 };
    for (const [side, organisationId, minutes] of [
      ['hospital', doc.hospitalId, 60],
      ['company', doc.companyId, 120],
    ] as const) {
      const userId = users.get(organisationId) as string;
      const at = new Date(activation.activated_at.getTime() + minutes * MINUTE_MS);
      const signature = signAgreementSide(signer, {
        agreementId: doc.agreementId,
        termsSha256,
        side,
        userId,
        signedAt: at.toISOString(),
      });
      Object.assign(set, {
        [`${side}_signed_at`]: at,
        [`${side}_signed_by`]: userId,
        [`${side}_signature`]: signature,
      });
      await appendAudit(trx, {
        stream: roundStream(roundId),
        actorUserId: userId,
        action: 'agreement.signed',
        subject: `agreement:${doc.agreementId}`,
        payload: {
          agreementId: doc.agreementId,
          side,
          termsSha256,
          signedAt: at.toISOString(),
          keyId: signer.keyId,
          signature,
        },
      });
    }
    await trx.updateTable('agreement').set(set).where('id', '=', doc.agreementId).execute();
  }
}
