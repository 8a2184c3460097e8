import type { AppDeps } from '../app-env.js';
import { AppError, notFound } from '../http/app-error.js';
import { recordLoginAttempt } from './auth.repository.js';
import { findUserPassword } from './credentials.repository.js';
import { loginThrottled, secondsBeforeAttempt } from './login-gate.js';
import { markAttemptSucceeded } from './login-throttle.repository.js';
import type { Actor } from './roles.js';
import { verifyPassword } from './secrets.js';

/**
 * The signed-in caller proves it is still them by typing their password again (before a signature):
 * a wrong one counts as a failed login of this account × address, with the same backoff as sign-in
 * and password change, so a stolen session cannot guess it. No connection is held while argon2 runs.
 */
export async function confirmPassword(
  deps: AppDeps,
  actor: Actor,
  password: string,
  ip: string,
  field = 'password',
): Promise<void> {
  const { db, config } = deps;
  const attempt = await db.transaction().execute(async (trx) => {
    const waitSeconds = await secondsBeforeAttempt(trx, config, actor.login, ip);
    if (waitSeconds > 0) return { waitSeconds } as const;
    const user = await findUserPassword(trx, actor.userId);
    if (!user) throw notFound('user');
    return { hash: user.password_hash, id: await recordLoginAttempt(trx, actor.login, ip, false) } as const;
  });
  if ('waitSeconds' in attempt && attempt.waitSeconds !== undefined)
    throw loginThrottled(attempt.waitSeconds, {
      en: `too many wrong passwords for this account from your address: try again in ${attempt.waitSeconds} s`,
      zh: `您所在的地址对此账号输错密码次数过多：请在 ${attempt.waitSeconds} 秒后重试`,
    });
  if (!(await verifyPassword(attempt.hash, password)))
    throw new AppError(
      'VALIDATION_FAILED',
      { en: `${field}: this is not your password`, zh: `${field}：密码不正确` },
      [{ path: field, message: 'not your password', messageZh: '密码不正确' }],
    );
  await db.transaction().execute((trx) => markAttemptSucceeded(trx, attempt.id));
}
