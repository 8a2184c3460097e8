import { z } from '@hono/zod-openapi';
import { listOf } from '../http/list.js';

export const ApiTokenInfo = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    /** neither revoked nor expired */
    live: z.boolean(),
  })
  .openapi('ApiTokenInfo');

export const ApiTokenList = listOf(ApiTokenInfo, 'ApiTokenList');

export const TokenIdParam = z.object({
  tokenId: z
    .string()
    .uuid()
    .openapi({ param: { name: 'tokenId', in: 'path' } }),
});

export const ChangePasswordBody = z
  .object({
    currentPassword: z.string().min(1).max(256),
    newPassword: z.string().min(1).max(256),
  })
  .openapi('ChangePasswordRequest');

export const ChangePasswordResponse = z
  .object({
    /** the caller's other sessions, now ended */
    sessionsEnded: z.number().int(),
  })
  .openapi('ChangePasswordResponse');

export const AccountLockResponse = z
  .object({ userId: z.string().uuid(), login: z.string(), locked: z.literal(false) })
  .openapi('AccountLock');
