// The API's names for numbers and formats it shares with the migrations' SQL functions
// (migrations/src/sql-conventions.ts names the same; sql-conventions.test.ts checks both against
// the functions in the database). Change one only with a migration that redefines those functions.

/**
 * Advisory-lock namespaces: the second argument of `hashtextextended(key, N)`, so that one key text
 * (a uuid, a stream name) locks different things in different namespaces.
 */
export const ADVISORY_LOCK = {
  /** failed sign-ins of one login × address pair (login gate) */
  loginThrottle: 0,
  /** an audit stream's append lock: writers of one stream queue (as jicai_append_audit, jicai_submit_bids) */
  auditStream: 7,
  /** one audit seal at a time */
  auditSeal: 8,
  /** the outage register */
  outageRegister: 9,
  /** the round gate: bids hold it shared (jicai_submit_bids), round decisions exclusive */
  roundGate: 11,
} as const;

/** `to_char` format of an instant as the audit chain and receipts carry it: UTC, microseconds, `Z`. */
export const UTC_MICROS_FORMAT = 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"';
