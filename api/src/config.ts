import { z } from 'zod';

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** any PostgreSQL; absent: the embedded one under DATA_DIR */
  DATABASE_URL: z.string().url().optional(),
  /** with DATABASE_URL: the owner that runs migrations and grants DATABASE_URL's role its rows */
  MIGRATION_DATABASE_URL: z.string().url().optional(),
  /** sessions that must stay sessions (the node bus's LISTEN, the leader lock): direct or session-pooled, never transaction-pooled; absent: DATABASE_URL */
  LISTEN_DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  /** absent: the port remembered under DATA_DIR, else 54329, else a free one */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** minutes without a request after which a session ends (besides SESSION_HOURS) */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30 * 60)
    .default(30),
  /** the longest an API token lives; a token asked for without `days` gets this */
  API_TOKEN_MAX_DAYS: z.coerce.number().int().min(1).max(366).default(90),
  /** failed logins per account × address before each further attempt waits (30 s, doubling) */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  /** the longest wait between attempts of one account × address */
  LOGIN_BACKOFF_MAX_MINUTES: z.coerce.number().int().min(1).default(15),
  /** failures on one account from all addresses that lock it until the office lifts the lock */
  LOGIN_LOCK_FAILURES: z.coerce.number().int().min(2).default(50),
  /** failures older than this, or before the last successful login, are forgotten */
  LOGIN_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(24 * 60),
  /**
   * behind a reverse proxy: believe its X-Forwarded-Proto (Secure cookies, HSTS, same-origin check)
   * and the last X-Forwarded-For address (login throttling)
   */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** `./jicai start` adds the national-size demo round (65 products, ~800 bids, opened) once */
  DEMO_NATIONAL: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** seconds between scheduler sweeps of timed round transitions */
  SCHEDULER_INTERVAL_S: z.coerce.number().min(0.05).default(5),
  /** seconds between audit seals (stream heads chained into audit_seal; daily digests follow) */
  AUDIT_SEAL_INTERVAL_S: z.coerce.number().min(1).default(60),
  /**
   * seconds between a node's tries for the leader lock (the node holding it runs the scheduler and audit
   * sealer; when it dies another takes over within this), and between the leader's connection checks
   */
  LEADER_CHECK_S: z.coerce.number().min(0.05).max(60).default(1),
  /** this node's name in logs and in PostgreSQL's pg_stat_activity (absent: host:PORT pid) */
  NODE_NAME: z.string().min(1).max(40).optional(),
  /**
   * HTTP server processes. 1: this process serves HTTP itself. More: this process keeps the database,
   * migrations and the leader's duties (LEADER_CHECK_S), and that many worker processes share the port (node:cluster).
   */
  API_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** an S3 API for documents; absent: an S3-compatible server in this process, on disk under DATA_DIR/documents */
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name: 3–63 of a-z, 0-9, dot and hyphen')
    .default('jicai-documents'),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** with S3_ENDPOINT: the access key and secret (SigV4) */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** path-style addressing (http://host/bucket/key), which S3-compatible stores expect */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  /** the platform's Ed25519 signing key (PKCS#8 PEM); absent: created once under DATA_DIR/keys */
  PLATFORM_SIGNING_KEY: z.string().optional(),
  /**
   * the portal's address as the public reaches it: printed into every issued PDF's verification
   * link and QR code, so it must stay the same once documents are issued (absent: localhost:PORT)
   */
  PUBLIC_ORIGIN: z.string().url().optional(),
});

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

/** The environment, parsed once and frozen: a bad setting stops the process at start with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success && parsed.data.MIGRATION_DATABASE_URL && !parsed.data.DATABASE_URL) {
    throw new Error(
      'bad configuration:\nMIGRATION_DATABASE_URL: needs DATABASE_URL (the embedded database has its own owner)',
    );
  }
  if (
    parsed.success &&
    parsed.data.S3_ENDPOINT &&
    !(parsed.data.S3_ACCESS_KEY_ID && parsed.data.S3_SECRET_ACCESS_KEY)
  ) {
    throw new Error(
      'bad configuration:\nS3_ACCESS_KEY_ID: S3_ENDPOINT needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY',
    );
  }
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`bad configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(parsed.data);
}
