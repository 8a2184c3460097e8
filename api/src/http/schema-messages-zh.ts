/**
 * Chinese for the schemas' own English messages (zod `.regex(re, 'a product code')`, custom issues),
 * so a field problem reads in Chinese too. Kept here, beside the zod wording, rather than in each
 * schema: the schemas and the OpenAPI document keep their English, and one place holds the vocabulary.
 */
const EXACT: Record<string, string> = {
  'not an id (a uuid)': '不是有效的 id（uuid）',
  'not a round id (a uuid) or round code': '不是有效的轮次 id（uuid）或轮次编号',
  'not an outage id': '不是有效的停机记录 id',
  'a product code': '应为产品编号',
  'a spec code of the product': '应为该产品的规格编号',
  'a decimal string with at most 2 decimals': '应为最多 2 位小数的十进制字符串',
  'must be more than 0': '须大于 0',
  'must be greater than 0': '须大于 0',
  '8–128 characters of A–Z a–z 0–9 . _ : -': '须为 8–128 个字符，只能包含 A–Z a–z 0–9 . _ : -',
  'each official once': '每位官员只能列出一次',
  'cannot exceed the number of officials': '不能超过官员人数',
  'send confirm: true — the share is shown once and the stored copy is deleted':
    '请发送 confirm: true —— 密钥分片只显示一次，领取后存储的副本即被删除',
  'only a company on the violation list has a violation end date': '只有列入违规名单的企业才有违规截止日期',
  'a rejection states its reason': '不予通过须写明原因',
  'an approval number (批准文号) like 国药准字H20051234 or 国械注准20173451234':
    '应为批准文号，如 国药准字H20051234 或 国械注准20173451234',
  'required: an RFC 3339 date-time with offset, or YYYY-MM-DDTHH:mm in Asia/Shanghai':
    '必填：带时区偏移的 RFC 3339 时间，或北京时间 YYYY-MM-DDTHH:mm',
  'not an RFC 3339 date-time with offset, nor YYYY-MM-DDTHH:mm (Asia/Shanghai)':
    '不是带时区偏移的 RFC 3339 时间，也不是北京时间 YYYY-MM-DDTHH:mm',
  'a whole number of working days': '应为整数个工作日',
  'a whole number of days': '应为整数天数',
  'a region code': '应为地区代码',
  'not a YYYY-MM-DD calendar date': '不是有效的 YYYY-MM-DD 日期',
  'listed twice': '重复列出',
  'capital letters and digits in dash-separated parts, e.g. GY-YD2026-1':
    '应为以短横线分隔的大写字母和数字，如 GY-YD2026-1',
  'nothing to change: give name, regionCodes or ruleset':
    '没有要修改的内容：请提供 name、regionCodes 或 ruleset',
  'letters, digits, . _ - (at most 64, starting with a letter or digit)':
    '只能包含字母、数字和 . _ -（最多 64 个字符，以字母或数字开头）',
  'expected a decimal string, e.g. "12.5"': '应为十进制字符串，如 "12.5"',
  'not a decimal string (digits, optionally . and digits)':
    '须为不带正负号的数字，如 1.8（小数点用“.”，不用逗号）',
  'must be an integer ≥ 1': '须为不小于 1 的整数',
  'not an NHSA national drug code: X or Z then 22 capital letters or digits':
    '不是国家医保药品编码：以 X 或 Z 开头，后接 22 位大写字母或数字',
  'at least one spec': '至少需要一个规格',
  'at least 12 characters': '至少 12 个字符',
  'the file is empty': '文件为空',
  'change at least one of disabled, roles, displayName': '请至少修改 disabled、roles、displayName 中的一项',
  'must be after startsAt': '须晚于 startsAt',
  // the domain's ruleset decoder (a round's ruleset overrides)
  'expected a string': '应为文本',
  'expected a string or null': '应为文本或 null',
  'expected true or false': '应为 true 或 false',
  'expected true, false or null': '应为 true、false 或 null',
  'not a decimal string': '须为不带正负号的数字，如 1.8（小数点用“.”，不用逗号）',
  'must be a non-negative integer': '须为非负整数',
  'must be at most 1': '不能大于 1',
  'must be at most 2^53 − 1 (G41)': '不能大于 2^53 − 1（G41）',
  'expected a built-in ruleset name': '应为内置评审规则的名称',
  'expected a built-in ruleset name or an object {"extends": …, …overrides}':
    '应为内置评审规则的名称，或对象 {"extends": …, …overrides}',
};

const PATTERNS: readonly [RegExp, (...groups: string[]) => string][] = [
  [/^at most (\d+) decimal places$/, (n) => `最多 ${n} 位小数`],
  [/^the file is larger than ([\d.]+) MB$/, (mb) => `文件不能大于 ${mb} MB`],
  [/^the file is not one of the accepted types \((.*)\)$/, (types) => `文件类型不在可接受之列（${types}）`],
  [/^at most (\d+) digits before the point$/, (n) => `整数部分最多 ${n} 位`],
  [/^spec "(.*)" listed twice$/, (code) => `规格 "${code}" 重复列出`],
  [
    /^spec "(.*)" listed twice \(codes are case-insensitive\)$/,
    (code) => `规格 "${code}" 重复列出（编号不区分大小写）`,
  ],
  [
    /^unknown spec "(.*)": not among the product's specs$/,
    (code) => `未知规格 "${code}"：不在该产品的规格中`,
  ],
  [/^group "(.*)" listed twice$/, (group) => `分组 "${group}" 重复列出`],
  [/^not in (\d{4})$/, (year) => `不在 ${year} 年内`],
  [/^unknown ruleset (.*) \(known: (.*)\)$/, (name, known) => `未知的评审规则 ${name}（可选：${known}）`],
  [/^unknown override key \(allowed: (.*)\)$/, (allowed) => `未知的覆盖项（允许：${allowed}）`],
  [/^more than (\d+) decimals$/, (n) => `小数位数超过 ${n} 位`],
  [/^must be an integer ≥ (-?\d+)$/, (n) => `须为不小于 ${n} 的整数`],
  [
    /^must be (?:a non-negative integer|an integer ≥ (-?\d+)) or null$/,
    (n) => (n ? `须为不小于 ${n} 的整数或 null` : '须为非负整数或 null'),
  ],
  [
    /^required: the built-in ruleset to copy \(known: (.*)\)$/,
    (known) => `必填：要复制的内置评审规则（可选：${known}）`,
  ],
  [
    /^required: a built-in ruleset name \(known: (.*)\) or \{"extends": …, …overrides\}$/,
    (known) => `必填：内置评审规则的名称（可选：${known}），或 {"extends": …, …overrides}`,
  ],
];

/** The Chinese of a schema's own English message, or undefined when it has none here. */
export function schemaMessageZh(message: string): string | undefined {
  const exact = EXACT[message];
  if (exact) return exact;
  for (const [pattern, word] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return word(...match.slice(1));
  }
  return undefined;
}
