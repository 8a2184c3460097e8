import type { ColumnType, Generated } from 'kysely';
import type { Role } from './roles.js';

type CreatedAt = ColumnType<Date, never, never>;

export interface AppUserTable {
  id: Generated<string>;
  organisation_id: string;
  login: string;
  display_name: string;
  password_hash: string;
  roles: Role[];
  disabled: Generated<boolean>;
  created_at: CreatedAt;
  /** set after LOGIN_LOCK_FAILURES failed logins; only the office lifts it */
  locked_at: Generated<Date | null>;
  lock_lifted_at: Generated<Date | null>;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Date;
  /** touched at most once a minute: the idle timeout is judged on it */
  last_seen_at: Generated<Date>;
}

export interface ApiTokenTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  name: string;
  created_at: CreatedAt;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface LoginAttemptTable {
  id: Generated<string>;
  login: string;
  ip: string;
  succeeded: boolean;
  at: Generated<Date>;
}

export interface AccountTables {
  app_user: AppUserTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  login_attempt: LoginAttemptTable;
}
