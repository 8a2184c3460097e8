import type { ColumnType } from 'kysely';

/** timestamps written from the round's clock (jicai_round_now(round_id)) */
type DbTime = ColumnType<Date, Date | string | undefined, Date | string>;

/** The round's opening key: only the public half is ever stored. */
export interface RoundKeyTable {
  round_id: string;
  public_key: Buffer;
  round_key_id: string;
  k: number;
  n: number;
  created_at: DbTime;
  created_by: string;
  technical_opened_at: Date | null;
  opened_at: Date | null;
}

export interface RoundKeyOfficialTable {
  round_id: string;
  user_id: string;
  share_index: number;
  share_hash: string;
  /** sealed under the platform's at-rest key until the official fetched it */
  pending_share: string | null;
  fetched_at: Date | null;
}

export interface KeyCeremonyTables {
  round_key: RoundKeyTable;
  round_key_official: RoundKeyOfficialTable;
}
