/** The closed list of error codes a client can rely on; each maps to one HTTP status. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  IMPORT_REJECTED: 422,
  UPLOAD_REJECTED: 422,
  UPLOAD_MISSING: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  BAD_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  DEADLINE_PASSED: 409,
  LOGIN_THROTTLED: 429,
  ACCOUNT_LOCKED: 423,
  WEAK_PASSWORD: 400,
  CROSS_SITE_REQUEST: 403,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldProblem {
  /** where in the request: a JSON path (`products[2].specs[0].ceiling`), `query.x`, or a CSV `row 7.quantity` */
  readonly path: string;
  /** English */
  readonly message: string;
  /** Chinese (zh-CN); problemResponse falls back to the English message where a caller gave none */
  readonly messageZh?: string;
  /** imports (CSV/.xlsx): the sheet (null for CSV), the spreadsheet row, the column, a stable problem code, the cell (A1) */
  readonly sheet?: string | null;
  readonly row?: number;
  readonly column?: string | null;
  readonly code?: string;
  readonly cell?: string;
}

/** A message in both languages the platform answers in. */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

/** A refusal the client can act on; mapped once to application/problem+json at the edge. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: readonly FieldProblem[];
  readonly extra: Readonly<Record<string, unknown>>;
  /** the Chinese detail, when the caller wrote one (otherwise built from the title and field messages) */
  readonly messageZh: string | undefined;

  /**
   * `extra` adds members to the problem; it can never replace the problem's own members (type,
   * title, status, code, detail, instance, requestId, errors…): name them after what they are
   * (`reportStatus`, `roundState`).
   */
  constructor(
    code: ErrorCode,
    message: string | Bilingual,
    errors: readonly FieldProblem[] = [],
    extra: Record<string, unknown> = {},
  ) {
    super(typeof message === 'string' ? message : message.en);
    this.messageZh = typeof message === 'string' ? undefined : message.zh;
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.errors = errors;
    this.extra = extra;
  }
}

/** Chinese for the things most often not found; others read "未找到：<English>" from the title. */
const NOT_FOUND_ZH: Record<string, string> = {
  round: '该轮次',
  product: '该产品',
  outage: '该停机记录',
  digest: '该日摘要',
  'demand report': '该报量',
  user: '该用户',
  'API token': '该 API 令牌',
  'key ceremony of this round': '本轮次的密钥仪式记录',
  'your key share for this round': '您在本轮次的密钥分片',
  'opened technical envelopes of this round': '本轮次已开启的技术标',
  'commitments of this round (published when bidding has closed)': '本轮次的投标承诺（投标截止后公布）',
  'evaluation of this round': '本轮次的评审结果',
  'evaluation of this round (the bids are not opened yet)': '本轮次的评审结果（尚未开标）',
};
export const notFound = (what: string, whatZh = NOT_FOUND_ZH[what]) =>
  new AppError(
    'NOT_FOUND',
    whatZh ? { en: `${what} not found`, zh: `未找到${whatZh}` } : `${what} not found`,
  );
export const forbidden = (why: string | Bilingual) => new AppError('FORBIDDEN', why);
export const invalid = (path: string, message: string, messageZh?: string) =>
  new AppError(
    'VALIDATION_FAILED',
    messageZh ? { en: `${path}: ${message}`, zh: `${path}：${messageZh}` } : `${path}: ${message}`,
    [{ path, message, ...(messageZh && { messageZh }) }],
  );
