import { OpenAPIHono } from '@hono/zod-openapi';
import { sql, type RawBuilder } from 'kysely';
import type { AppDeps, AppEnv } from '../app-env.js';
import type { AuditAction, AuditStream } from '../audit/audit-actions.js';
import { appendAudit } from '../audit/audit.repository.js';
import { auditRoutes } from '../audit/audit.routes.js';
import { authenticate } from '../auth/auth.middleware.js';
import type { Db } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import { problemResponse } from '../http/problem.js';

/** `n` events on one stream, in one transaction. */
export const appendEvents = (db: Db, stream: string, n = 1) =>
  db.transaction().execute(async (trx) => {
    for (let i = 0; i < n; i++) {
      await appendAudit(trx, {
        // tests write links of their own, on streams and with an action the platform never uses
        stream: stream as AuditStream,
        actorUserId: null,
        action: 'test.step' as AuditAction,
        subject: stream,
        payload: { i },
      });
    }
  });

/** What a DBA with superuser rights could do: switch the append-only trigger off, rewrite, switch it on. */
export async function tamper(
  db: Db,
  table: 'audit_event' | 'audit_seal' | 'audit_digest',
  statement: RawBuilder<unknown>,
) {
  await db.transaction().execute(async (trx) => {
    await sql.raw(`alter table ${table} disable trigger ${table}_append_only`).execute(trx);
    await statement.execute(trx);
    await sql.raw(`alter table ${table} enable trigger ${table}_append_only`).execute(trx);
  });
}

/** 9 events: round:a ×3, round:b ×4, accounts ×2. */
export async function appendThreeStreams(db: Db) {
  await appendEvents(db, 'round:a', 3);
  await appendEvents(db, 'round:b', 4);
  await appendEvents(db, 'accounts', 2);
}

/** The audit routes on their own, as the app mounts them (auth resolves the actor; errors are problems). */
export function auditApp(deps: AppDeps) {
  const api = new OpenAPIHono<AppEnv>();
  api.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('requestId', 'test');
    await next();
  });
  api.use('*', authenticate);
  api.route('/', auditRoutes);
  api.onError((error, c) =>
    error instanceof AppError ? problemResponse(c, error) : c.text(error.message, 500),
  );
  return new OpenAPIHono<AppEnv>().route('/api', api);
}
