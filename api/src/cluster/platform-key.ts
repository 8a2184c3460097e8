import type { Db } from '../db/database.js';
import type { PlatformSigner } from '../sealing/platform-signer.js';
import { StartupError } from '../startup-error.js';

/**
 * Records this node's platform key when the database knows none yet, else checks that it is the same.
 * Two nodes with different keys would each sign receipts the other cannot reproduce and seal receipt
 * salts and key shares the other cannot open (a company's bid list answered 500 on the other node):
 * a node with another key stops at start, in one line that says where the database's key came from.
 */
export async function claimPlatformKey(
  db: Db,
  signer: PlatformSigner,
  node: string,
  keySource: string,
): Promise<void> {
  await db
    .insertInto('platform_key')
    .values({ key_id: signer.keyId, public_key_pem: signer.publicKeyPem, first_node: node })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const known = await db
    .selectFrom('platform_key')
    .select(['key_id', 'public_key_pem', 'first_node', 'recorded_at'])
    .executeTakeFirstOrThrow();
  if (known.public_key_pem.trim() === signer.publicKeyPem.trim()) return;
  throw new StartupError(
    `this node's platform signing key (key id ${signer.keyId}, from ${keySource}) is not the one the database ` +
      `already uses (key id ${known.key_id}, first used by node ${known.first_node} on ` +
      `${known.recorded_at.toISOString()}): give every node the same PLATFORM_SIGNING_KEY (docs/operations.md, "Several nodes")`,
  );
}
