import { z } from '@hono/zod-openapi';

export const LoginBody = z
  .object({
    login: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(256),
  })
  .openapi('LoginRequest');

export const SessionUser = z
  .object({
    id: z.string().uuid(),
    login: z.string(),
    displayName: z.string(),
    roles: z.array(z.string()),
    organisation: z.object({ id: z.string().uuid(), kind: z.string(), name: z.string() }),
  })
  .openapi('SessionUser');

export const LoginResponse = z.object({ user: SessionUser, expiresAt: z.string() }).openapi('LoginResponse');

export const Me = z
  .object({
    userId: z.string().uuid(),
    login: z.string(),
    organisationId: z.string().uuid(),
    organisationKind: z.string(),
    regionCode: z.string().nullable(),
    roles: z.array(z.string()),
  })
  .openapi('Me');

export const TokenBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    /** days until it expires; absent: API_TOKEN_MAX_DAYS, the most allowed (every token expires) */
    days: z.number().int().min(1).max(366).optional(),
  })
  .openapi('ApiTokenRequest');

export const TokenResponse = z
  .object({ id: z.string().uuid(), token: z.string(), name: z.string(), expiresAt: z.string() })
  .openapi('ApiToken');
