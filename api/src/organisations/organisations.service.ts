import { checkUscc, type UsccProblem } from '@jicai/domain';
import type { AppDeps } from '../app-env.js';
import { appendAudit } from '../audit/audit.repository.js';
import { hasRole, ROLE_ORGANISATION, type Actor, type OrganisationKind, type Role } from '../auth/roles.js';
import { assertStrongPassword } from '../auth/password-policy.js';
import { hashPassword } from '../auth/secrets.js';
import { AppError, notFound, type FieldProblem } from '../http/app-error.js';
import { toOrganisation, toUser } from './organisations.mapper.js';
import * as repo from './organisations.repository.js';
import type {
  CreateOrganisationInput,
  CreateUserInput,
  OrganisationFilter,
  UpdateUserInput,
} from './organisations.schema.js';
import { isUniqueViolation } from '../db/pg-errors.js';
import { mapPage, type Page } from '../http/list.js';

const LEGAL_PERSONS: readonly OrganisationKind[] = ['hospital', 'company'];
const REGIONAL: readonly OrganisationKind[] = ['hospital', 'region-bureau'];

export const USCC_MESSAGES_ZH: Record<UsccProblem, (code: string) => string> = {
  LENGTH: (code) => `长度校验未通过：统一社会信用代码为 18 位，此代码为 ${code.length} 位`,
  CHARACTERS: () =>
    '字符校验未通过：第 1–2 位和第 9–18 位为数字或除 I、O、S、V、Z 以外的大写字母，第 3–8 位为数字（GB 32100-2015）',
  CHECK_DIGIT: (code) => `校验码未通过：'${code.slice(17)}' 不是前 17 位对应的校验码（GB 32100-2015）`,
};
const KIND_ZH: Record<OrganisationKind, string> = {
  office: '采购办公室',
  'region-bureau': '区域医保局',
  hospital: '医疗机构',
  company: '企业',
};

export const USCC_MESSAGES: Record<UsccProblem, (code: string) => string> = {
  LENGTH: (code) =>
    `length check failed: a unified social credit code has 18 characters, this has ${code.length}`,
  CHARACTERS: () =>
    'character check failed: characters 1–2 and 9–18 are digits or capitals other than I, O, S, V, Z, and characters 3–8 are digits (GB 32100-2015)',
  CHECK_DIGIT: (code) =>
    `check digit failed: '${code.slice(17)}' is not the check character of the first 17 characters (GB 32100-2015)`,
};

/** Office admins and auditors read every organisation; anyone else only their own (others: 404). */
const readsAll = (actor: Actor): boolean => hasRole(actor, 'office-admin', 'auditor');
const mayRead = (actor: Actor, organisationId: string) =>
  readsAll(actor) || actor.organisationId === organisationId;

function rejectIfAny(problems: FieldProblem[]): void {
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      problems.map((p) => `${p.path}: ${p.message}`).join('; '),
      problems,
    );
  }
}

/** Each role must belong to the organisation's kind: a hospital user can never be made an office admin. */
function roleProblems(roles: readonly Role[], kind: OrganisationKind): FieldProblem[] {
  return roles.flatMap((role, i) =>
    ROLE_ORGANISATION[role] === kind
      ? []
      : [
          {
            path: `roles[${i}]`,
            message: `the role ${role} belongs to a ${ROLE_ORGANISATION[role]} organisation, not a ${kind}`,
            messageZh: `角色 ${role} 属于${KIND_ZH[ROLE_ORGANISATION[role]]}，不属于${KIND_ZH[kind]}`,
          },
        ],
  );
}

export async function createOrganisation(deps: AppDeps, actor: Actor, input: CreateOrganisationInput) {
  const uscc = input.uscc?.toUpperCase() || undefined;
  const regionCode = input.regionCode?.toUpperCase() || undefined;
  const problems: FieldProblem[] = [];
  if (LEGAL_PERSONS.includes(input.kind)) {
    const problem = uscc === undefined ? null : checkUscc(uscc);
    if (uscc === undefined)
      problems.push({
        path: 'uscc',
        message: `a ${input.kind} needs its unified social credit code (统一社会信用代码)`,
        messageZh: `${KIND_ZH[input.kind]}须填写统一社会信用代码`,
      });
    else if (problem)
      problems.push({
        path: 'uscc',
        message: USCC_MESSAGES[problem](uscc),
        messageZh: USCC_MESSAGES_ZH[problem](uscc),
      });
  } else if (uscc !== undefined) {
    problems.push({
      path: 'uscc',
      message: 'only hospitals and companies carry a unified social credit code',
      messageZh: '只有医疗机构和企业才有统一社会信用代码',
    });
  }
  if (REGIONAL.includes(input.kind)) {
    if (regionCode === undefined)
      problems.push({
        path: 'regionCode',
        message: `a ${input.kind} belongs to a region`,
        messageZh: `${KIND_ZH[input.kind]}须属于某一区域`,
      });
    else if (!(await repo.regionExists(deps.db, regionCode)))
      problems.push({
        path: 'regionCode',
        message: `no region ${regionCode}`,
        messageZh: `没有区域 ${regionCode}`,
      });
  } else if (regionCode !== undefined) {
    problems.push({
      path: 'regionCode',
      message: 'only hospitals and region bureaus belong to a region',
      messageZh: '只有医疗机构和区域医保局才属于区域',
    });
  }
  rejectIfAny(problems);

  try {
    const row = await deps.db.transaction().execute(async (trx) => {
      const created = await repo.insertOrganisation(trx, {
        kind: input.kind,
        name: input.name,
        uscc: uscc ?? null,
        regionCode: regionCode ?? null,
      });
      await appendAudit(trx, {
        stream: 'accounts',
        actorUserId: actor.userId,
        action: 'organisation.created',
        subject: `organisation:${created.id}`,
        payload: {
          kind: created.kind,
          name: created.name,
          uscc: created.uscc,
          regionCode: created.region_code,
        },
      });
      return created;
    });
    return toOrganisation(row);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        'CONFLICT',
        { en: `an organisation with the code ${uscc} exists`, zh: `统一社会信用代码为 ${uscc} 的机构已存在` },
        [{ path: 'uscc', message: 'already registered', messageZh: '已登记' }],
      );
    }
    throw error;
  }
}

export async function listOrganisations(
  deps: AppDeps,
  actor: Actor,
  page: Page,
  filter: OrganisationFilter = {},
) {
  const rows = await repo.listOrganisations(
    deps.db,
    readsAll(actor) ? null : actor.organisationId,
    page,
    filter,
  );
  return mapPage(rows, toOrganisation);
}

export async function getOrganisation(deps: AppDeps, actor: Actor, id: string) {
  const row = mayRead(actor, id) ? await repo.findOrganisationById(deps.db, id) : undefined;
  if (!row) throw notFound(`organisation ${id}`, `机构 ${id}`);
  return toOrganisation(row);
}

export async function listUsers(deps: AppDeps, actor: Actor, organisationId: string, page: Page) {
  await getOrganisation(deps, actor, organisationId);
  return mapPage(await repo.listUsers(deps.db, organisationId, page), toUser);
}

export async function createUser(
  deps: AppDeps,
  actor: Actor,
  organisationId: string,
  input: CreateUserInput,
) {
  const organisation = await repo.findOrganisationById(deps.db, organisationId);
  if (!organisation) throw notFound(`organisation ${organisationId}`, `机构 ${organisationId}`);
  const roles = [...new Set(input.roles)];
  rejectIfAny(roleProblems(input.roles, organisation.kind));
  assertStrongPassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  try {
    const row = await deps.db.transaction().execute(async (trx) => {
      const created = await repo.insertUser(trx, {
        organisationId,
        login: input.login,
        displayName: input.displayName,
        passwordHash,
        roles,
      });
      await appendAudit(trx, {
        stream: 'accounts',
        actorUserId: actor.userId,
        action: 'user.created',
        subject: `user:${created.id}`,
        payload: { organisationId, login: created.login, displayName: created.display_name, roles },
      });
      return created;
    });
    return toUser(row);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        'CONFLICT',
        { en: `the login ${input.login} is taken`, zh: `登录名 ${input.login} 已被占用` },
        [{ path: 'login', message: 'already taken', messageZh: '已被占用' }],
      );
    }
    throw error;
  }
}

/** Enable/disable, rename or re-role a user; an admin cannot lock themselves out. */
export async function updateUser(deps: AppDeps, actor: Actor, userId: string, input: UpdateUserInput) {
  const roles = input.roles === undefined ? undefined : [...new Set(input.roles)];
  if (
    userId === actor.userId &&
    (input.disabled === true || (roles !== undefined && !roles.includes('office-admin')))
  ) {
    throw new AppError('INVALID_STATE', {
      en: 'you cannot disable your own account or drop your own office-admin role; ask another admin',
      zh: '不能停用自己的账号或取消自己的管理员角色；请联系其他管理员',
    });
  }
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findUserForUpdate(trx, userId);
    if (!before) throw notFound(`user ${userId}`, `用户 ${userId}`);
    if (input.roles !== undefined) rejectIfAny(roleProblems(input.roles, before.kind));
    const updated = await repo.updateUser(trx, userId, {
      roles,
      disabled: input.disabled,
      displayName: input.displayName,
    });
    if (input.disabled === true) await repo.deleteSessionsOfUser(trx, userId);
    await appendAudit(trx, {
      stream: 'accounts',
      actorUserId: actor.userId,
      action: 'user.updated',
      subject: `user:${userId}`,
      payload: {
        before: { roles: before.roles, disabled: before.disabled, displayName: before.display_name },
        after: { roles: updated.roles, disabled: updated.disabled, displayName: updated.display_name },
      },
    });
    return updated;
  });
  return toUser(row);
}
