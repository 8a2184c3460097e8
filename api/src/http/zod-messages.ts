import { z } from 'zod';
import { schemaMessageZh } from './schema-messages-zh.js';

type Issue = z.core.$ZodIssue & { received?: string };

type LocaleMap = (issue: Issue & { input?: unknown }) => string | { message: string } | undefined | null;
// a finished issue has lost its `input`; the locale maps only read it for type issues, worded below
const EN = z.locales.en().localeError as LocaleMap;
const ZH = z.locales.zhCN().localeError as LocaleMap;
const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: '空值(null)',
  undefined: '空',
  bigint: '大整数',
  nan: 'NaN',
};

/**
 * zod drops the parsed value from its issues, so "expected string, received undefined" could not
 * become "comment is missing". This keeps the received type on each issue (the message itself
 * is still zod's own English); `issueMessages` then words both languages. Idempotent.
 */
export function configureZodIssues(): void {
  z.config({
    customError: (issue) => {
      (issue as Issue).received = z.core.util.parsedType(issue.input);
      return undefined;
    },
  });
}

/** One zod issue in English and Chinese; `label` names the field ("comment", "Idempotency-Key"). */
export function issueMessages(issue: Issue, label: string): { message: string; messageZh: string } {
  const missing = ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code);
  if (missing && issue.received === 'undefined')
    return { message: `${label} is missing`, messageZh: `缺少 ${label}` };
  if (issue.code === 'invalid_type') {
    const expected = TYPE_ZH[issue.expected] ?? issue.expected;
    const received = issue.received ? (TYPE_ZH[issue.received] ?? issue.received) : '其他类型';
    return { message: issue.message, messageZh: `类型不对：应为${expected}，收到的是${received}` };
  }
  if (issue.message === 'required') return { message: 'required', messageZh: '必填' };
  const own = schemaMessageZh(issue.message);
  if (own) return { message: issue.message, messageZh: own };
  const sized = sizeMessageZh(issue);
  if (sized) return { message: issue.message, messageZh: sized };
  const zh = ZH(issue) as string;
  // a schema's own English message ("a product code") says more than the generic one: keep it beside the Chinese
  if (issue.message === EN(issue)) return { message: issue.message, messageZh: zh };
  if (issue.code === 'invalid_format' || issue.code === 'custom')
    return { message: issue.message, messageZh: `格式或取值不符合要求：${issue.message}` };
  return { message: issue.message, messageZh: `${zh}（${issue.message}）` };
}

const UNIT_ZH: Record<string, string> = { string: '个字符', array: '项', set: '项', file: '字节' };

/** zod's Chinese names the origin in English ("期望 string >=1 字符"); sizes read better worded here. */
function sizeMessageZh(issue: Issue): string | null {
  if (issue.code !== 'too_small' && issue.code !== 'too_big') return null;
  const unit = UNIT_ZH[issue.origin] ?? '';
  const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.code === 'too_small' && issue.origin === 'string' && limit === '1') return '不能为空';
  if (unit) return `${issue.code === 'too_small' ? '至少' : '最多'} ${limit} ${unit}`;
  const exclusive = issue.inclusive === false;
  if (issue.code === 'too_small') return exclusive ? `必须大于 ${limit}` : `不能小于 ${limit}`;
  return exclusive ? `必须小于 ${limit}` : `不能大于 ${limit}`;
}
