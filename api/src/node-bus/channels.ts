/**
 * The PostgreSQL notification channels of the platform, sent by the database's own triggers
 * (migration 2026_12_09_0100_node_notifications), whichever node or script wrote the row.
 * Payloads are ids, never secrets.
 */
export const CHANNELS = {
  /** `user:<uuid>` or `org:<uuid>`: a credential revoked or ended, a user disabled or changed */
  credential: 'jicai_credential',
  /** `<round uuid>`: the round's key, publication, frozen ruleset or catalogue changed */
  roundSealing: 'jicai_round_sealing',
  /** `<round uuid>`: a pick, a default pick, selection started or finished, a rehearsal clock set */
  regionSelection: 'jicai_region_selection',
  /** `<notice uuid>`: a public notice was published */
  notice: 'jicai_notice',
} as const;

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

/** Who a credential notification is about. */
export function parseCredentialPayload(
  payload: string,
): { user: string } | { organisation: string } | undefined {
  const [kind, id] = payload.split(':', 2);
  if (!id) return undefined;
  if (kind === 'user') return { user: id };
  if (kind === 'org') return { organisation: id };
  return undefined;
}
