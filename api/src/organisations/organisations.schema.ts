import { z } from '@hono/zod-openapi';
import { uuidParam } from '../http/ids.js';
import { ORGANISATION_KINDS, ROLES } from '../auth/roles.js';
import { listOf, PageQuery } from '../http/list.js';

export const OrganisationIdParam = z.object({
  id: uuidParam('id'),
});
export const UserIdParam = z.object({
  id: uuidParam('id'),
});

export const CreateOrganisationBody = z
  .object({
    kind: z.enum(ORGANISATION_KINDS),
    name: z.string().trim().min(1).max(200),
    /** 统一社会信用代码: required for hospitals and companies, absent for the others (checked in the service) */
    uscc: z.string().trim().max(64).optional(),
    /** required for hospitals and region bureaus, absent for the others */
    regionCode: z.string().trim().max(8).optional(),
  })
  .openapi('CreateOrganisationRequest');

export const Organisation = z
  .object({
    id: z.string().uuid(),
    kind: z.enum(ORGANISATION_KINDS),
    name: z.string(),
    uscc: z.string().nullable(),
    regionCode: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Organisation');

export const OrganisationList = listOf(Organisation, 'OrganisationList');

/** The list's filters, applied in the database: tens of thousands of hospitals never reach a page whole. */
export const OrganisationQuery = PageQuery.extend({
  kind: z
    .enum(ORGANISATION_KINDS)
    .optional()
    .openapi({ param: { name: 'kind', in: 'query' } }),
  regionCode: z
    .string()
    .trim()
    .min(1)
    .max(8)
    .optional()
    .openapi({ param: { name: 'regionCode', in: 'query' } }),
  /** part of the name (or the 统一社会信用代码), any case */
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .openapi({ param: { name: 'q', in: 'query' } }),
});
export type OrganisationFilter = Omit<z.infer<typeof OrganisationQuery>, 'limit' | 'cursor'>;

export const CreateUserBody = z
  .object({
    login: z
      .string()
      .trim()
      .regex(
        /^[a-z0-9][a-z0-9._-]{2,63}$/,
        '3–64 characters: lowercase letters, digits, dot, underscore, hyphen; starting with a letter or digit',
      ),
    displayName: z.string().trim().min(1).max(100),
    password: z.string().min(12, 'at least 12 characters').max(256),
    roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  })
  .openapi('CreateUserRequest');

export const UpdateUserBody = z
  .object({
    disabled: z.boolean().optional(),
    roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length).optional(),
    displayName: z.string().trim().min(1).max(100).optional(),
  })
  .refine((b) => b.disabled !== undefined || b.roles !== undefined || b.displayName !== undefined, {
    message: 'change at least one of disabled, roles, displayName',
  })
  .openapi('UpdateUserRequest');

export const User = z
  .object({
    id: z.string().uuid(),
    organisationId: z.string().uuid(),
    login: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(ROLES)),
    disabled: z.boolean(),
    locked: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('User');

export const UserList = listOf(User, 'UserList');

export type CreateOrganisationInput = z.infer<typeof CreateOrganisationBody>;
export type CreateUserInput = z.infer<typeof CreateUserBody>;
export type UpdateUserInput = z.infer<typeof UpdateUserBody>;
