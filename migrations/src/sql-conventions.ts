// Numbers and formats the migrations' SQL functions spell as literals, named here. Each migration
// keeps its literals (a migration imports nothing of ours: it must mean tomorrow what it meant when
// it ran), so these names document them; the API names the same values in api/src/db/sql-conventions.ts
// and its test (sql-conventions.test.ts) checks both against the functions in the database.

/**
 * Advisory-lock namespaces: the second argument of `hashtextextended(key, N)`, so that one key text
 * (a uuid, a stream name) locks different things in different namespaces.
 */
export const ADVISORY_LOCK = {
  /** an audit stream's append lock: writers of one stream queue (jicai_append_audit, jicai_submit_bids) */
  auditStream: 7,
  /** one audit seal at a time (the API's seal-audit) */
  auditSeal: 8,
  /** the outage register (the API's outages feature) */
  outageRegister: 9,
  /** the round gate: bids hold it shared, round decisions exclusive (jicai_submit_bids, lockRoundForUpdate) */
  roundGate: 11,
} as const;

/** `to_char` format of an instant as the audit chain and receipts carry it: UTC, microseconds, `Z`. */
export const UTC_MICROS_FORMAT = 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"';
