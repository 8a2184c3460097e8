import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import type { ZodError } from 'zod';
import { AppError, type ErrorCode, type FieldProblem } from './app-error.js';
import { schemaMessageZh } from './schema-messages-zh.js';
import { issueMessages } from './zod-messages.js';

const TITLES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'The request has invalid fields',
  MALFORMED_REQUEST: 'The request body is not valid JSON',
  IMPORT_REJECTED: 'The import was rejected; nothing was saved',
  UPLOAD_REJECTED: 'The uploaded file is not the one declared; it was discarded',
  UPLOAD_MISSING: 'Nothing has been uploaded to this upload URL yet',
  PAYLOAD_TOO_LARGE: 'The request body is too large',
  UNSUPPORTED_MEDIA_TYPE: 'This content type is not accepted here',
  UNAUTHENTICATED: 'Sign in first',
  BAD_CREDENTIALS: 'Wrong login or password',
  FORBIDDEN: 'Not allowed',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflicts with the current data',
  INVALID_STATE: 'Not possible in the current state',
  DEADLINE_PASSED: 'The deadline has passed',
  LOGIN_THROTTLED: 'Too many failed logins',
  ACCOUNT_LOCKED: 'The account is locked',
  WEAK_PASSWORD: 'The password is too weak',
  CROSS_SITE_REQUEST: 'Cross-site request refused',
  DATABASE_UNAVAILABLE: 'The database is unavailable',
  INTERNAL: 'Internal error',
};

/** The same titles in Chinese; a code without one falls back to its English title. */
const TITLES_ZH: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '请求中有字段不符合要求',
  MALFORMED_REQUEST: '请求体不是有效的 JSON',
  IMPORT_REJECTED: '导入被拒绝，未保存任何数据',
  UPLOAD_REJECTED: '上传的文件与申报的不一致，已被丢弃',
  UPLOAD_MISSING: '尚未向该上传地址上传文件',
  PAYLOAD_TOO_LARGE: '请求体过大',
  UNSUPPORTED_MEDIA_TYPE: '此处不接受该内容类型',
  UNAUTHENTICATED: '请先登录',
  BAD_CREDENTIALS: '账号或密码错误',
  FORBIDDEN: '无权执行此操作',
  NOT_FOUND: '未找到',
  CONFLICT: '与当前数据冲突',
  INVALID_STATE: '当前状态下无法执行',
  DEADLINE_PASSED: '已过截止时间',
  LOGIN_THROTTLED: '登录失败次数过多',
  ACCOUNT_LOCKED: '账号已锁定，请联系采购办公室解锁',
  WEAK_PASSWORD: '密码强度不足',
  CROSS_SITE_REQUEST: '已拒绝跨站请求',
  DATABASE_UNAVAILABLE: '数据库暂不可用',
  INTERNAL: '内部错误',
};

/** The problem's own members: `AppError.extra` may add members, never replace these. */
export const RESERVED_MEMBERS = [
  'type',
  'title',
  'status',
  'code',
  'detail',
  'detailEn',
  'detailZh',
  'instance',
  'requestId',
  'errors',
] as const;

export type Language = 'zh-CN' | 'en';

/** Accept-Language decides `detail` and `title`: English when preferred over Chinese, else zh-CN. */
export function problemLanguage(c: Context): Language {
  return accepts(c, {
    header: 'Accept-Language',
    supports: ['zh-CN', 'en'],
    default: 'zh-CN',
    match: (ranges, { default: fallback }) => {
      const wanted = ranges.filter((r) => r.q > 0).sort((a, b) => b.q - a.q);
      for (const { type } of wanted) {
        const primary = type.toLowerCase().split('-')[0];
        if (primary === 'zh') return 'zh-CN';
        if (primary === 'en') return 'en';
      }
      return fallback;
    },
  }) as Language;
}

/** A detail joined from field messages; a message that already names its field is not prefixed with it. */
const joinProblems = (errors: readonly FieldProblem[], zh: boolean) =>
  errors
    .map((e) => {
      const message = zh ? (e.messageZh ?? e.message) : e.message;
      const label = e.path.slice(e.path.lastIndexOf('.') + 1);
      const named = message.startsWith(`${label} `) || message.endsWith(` ${label}`);
      return named || e.path === '$' ? message : `${e.path}${zh ? '：' : ': '}${message}`;
    })
    .join(zh ? '；' : '; ');

/**
 * RFC 9457 problem details, with our stable `code`, the field paths and the request id. `detail`
 * is in the language Accept-Language prefers (zh-CN by default); `detailEn` and `detailZh` carry
 * both, and every field problem has `message` (English) and `messageZh`.
 */
export function problemResponse(c: Context, error: AppError): Response {
  const language = problemLanguage(c);
  const errors = error.errors.map((e) => ({
    ...e,
    messageZh: e.messageZh ?? schemaMessageZh(e.message) ?? e.message,
  }));
  const detailEn = error.message;
  const title = TITLES[error.code] ?? error.code;
  const titleZh = TITLES_ZH[error.code] ?? title;
  const detailZh =
    error.messageZh ??
    (error.code === 'VALIDATION_FAILED' && errors.length
      ? joinProblems(errors, true)
      : `${titleZh}：${detailEn}`);
  const extra = Object.fromEntries(
    Object.entries(error.extra).filter(([key]) => !(RESERVED_MEMBERS as readonly string[]).includes(key)),
  );
  const body = {
    type: `https://jicai.local/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: language === 'en' ? title : titleZh,
    status: error.status,
    code: error.code,
    detail: language === 'en' ? detailEn : detailZh,
    detailEn,
    detailZh,
    instance: c.req.path,
    requestId: c.get('requestId') as string | undefined,
    errors,
    ...extra,
  };
  return c.body(JSON.stringify(body), error.status as 400, {
    'content-type': 'application/problem+json',
    'content-language': language,
  });
}

const headerName = (name: string) => name.replace(/(^|-)([a-z])/g, (_, dash, ch) => dash + ch.toUpperCase());

/** zod issue paths as the client wrote them: `products[2].specs[0].ceiling`, `header.Idempotency-Key`. */
export function zodProblems(error: ZodError, prefix = ''): FieldProblem[] {
  return error.issues.map((issue) => {
    let path = prefix;
    let label = '';
    for (const key of issue.path) {
      label = prefix === 'header' ? headerName(String(key)) : String(key);
      path += typeof key === 'number' ? `[${key}]` : path ? `.${label}` : label;
    }
    path ||= '$';
    return { path, ...issueMessages(issue, label || path) };
  });
}

export function validationError(error: ZodError, prefix = ''): AppError {
  const errors = zodProblems(error, prefix);
  return new AppError(
    'VALIDATION_FAILED',
    { en: joinProblems(errors, false), zh: joinProblems(errors, true) },
    errors,
  );
}
