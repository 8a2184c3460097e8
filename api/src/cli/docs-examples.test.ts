import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkNonWinnerCap,
  Dec,
  DEFAULT_EXECUTION_RULES,
  findBuiltInRuleset,
  isSupplierLagging,
  measureProgress,
  minimumPrepayment,
  paymentDueDate,
  paymentStatus,
  surplusRetention,
  type SurplusGrade,
} from '@jicai/domain';
import { describe, expect, it } from 'vitest';
import type { CliOutcome } from './cli-outcome.js';
import { runCompare } from './run-compare.js';
import { runEvaluate } from './run-evaluate.js';

/**
 * Issue 8 §10: every worked example of docs/rules.md ships as files under docs/examples/<section>/,
 * and each directory's checks.json says what the documented command prints. Running them through
 * the real commands here means the rule book and the program cannot drift apart.
 */

interface Check {
  /** the example in docs/rules.md, e.g. "§8.2 …" */
  readonly doc: string;
  /** the command as the docs write it, run inside the example's directory */
  readonly run?: readonly string[];
  /** or, for the execution rules of docs/rules.md §12 that no command runs, the domain function, its arguments and result */
  readonly call?: keyof typeof CALLS;
  readonly args?: readonly unknown[];
  readonly returns?: unknown;
  /** the documented excerpt of the stdout JSON: objects may leave keys out, arrays list every item */
  readonly stdout?: Record<string, unknown>;
  /** the whole stdout: a .json file compared as JSON, a .txt file byte for byte */
  readonly stdoutFile?: string;
  readonly stderrIncludes?: readonly string[];
}

const execution = findBuiltInRuleset('nvbp-7')?.execution ?? DEFAULT_EXECUTION_RULES;
const str = (v: unknown) => v as string;
const num = (v: unknown) => v as number;
const CALLS = {
  paymentDueDate: (a: readonly unknown[]) => paymentDueDate(str(a[0]), execution),
  paymentStatus: (a: readonly unknown[]) =>
    paymentStatus(str(a[0]), a[1] as string | null, str(a[2]), execution),
  minimumPrepayment: (a: readonly unknown[]) => minimumPrepayment(new Dec(str(a[0])), execution).toFixed(2),
  surplusRetention: (a: readonly unknown[]) =>
    surplusRetention(new Dec(str(a[0])), new Dec(str(a[1])), a[2] as SurplusGrade, execution).toFixed(2),
  checkNonWinnerCap: (a: readonly unknown[]) => checkNonWinnerCap(num(a[0]), a[1] as number | null),
  measureProgress: (a: readonly unknown[]) =>
    measureProgress(num(a[0]), num(a[1]), num(a[2]), num(a[3]), execution),
  isSupplierLagging: (a: readonly unknown[]) => isSupplierLagging(num(a[0]), num(a[1]), execution),
} as const;

const EXAMPLES = fileURLToPath(new URL('../../../docs/examples/', import.meta.url));
const RULES = readFileSync(fileURLToPath(new URL('../../../docs/rules.md', import.meta.url)), 'utf8');
const sections = readdirSync(EXAMPLES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const checksOf = (section: string): Check[] =>
  JSON.parse(readFileSync(join(EXAMPLES, section, 'checks.json'), 'utf8')) as Check[];

function run(section: string, [command, ...args]: readonly string[]): CliOutcome {
  const readFile = (path: string) => readFileSync(join(EXAMPLES, section, path), 'utf8');
  if (command === 'evaluate') return runEvaluate(args, readFile);
  if (command === 'compare') return runCompare(args, readFile);
  throw new Error(`unknown command ${String(command)} in docs/examples/${section}/checks.json`);
}

describe('docs/examples', () => {
  it('has the worked examples of rules.md', () => {
    expect(sections.length).toBeGreaterThanOrEqual(8);
  });

  for (const section of sections) {
    describe(section, () => {
      it('is linked from docs/rules.md', () => {
        expect(RULES).toContain(`examples/${section}/`);
      });

      it('runs every input file it ships', () => {
        const used = new Set(checksOf(section).flatMap((check) => check.run ?? []));
        const inputs = readdirSync(join(EXAMPLES, section)).filter(
          (file) => file.endsWith('.json') && file !== 'checks.json' && !file.includes('.expected.'),
        );
        expect(inputs.filter((file) => !used.has(file))).toEqual([]);
      });

      for (const check of checksOf(section)) {
        if (check.call !== undefined) {
          const { call, args = [] } = check;
          it(`${check.doc}: ${call}(${JSON.stringify(args).slice(1, -1)})`, () => {
            const value: unknown = CALLS[call](args);
            if (typeof check.returns === 'object' && check.returns !== null)
              expect(value).toMatchObject(check.returns);
            else expect(value).toBe(check.returns);
          });
          continue;
        }
        const command = check.run ?? [];
        it(`${check.doc}: ./jicai ${command.join(' ')}`, () => {
          const outcome = run(section, command);
          expect(outcome.exitCode, outcome.stderr).toBe(0);
          if (check.stdout !== undefined) expect(JSON.parse(outcome.stdout)).toMatchObject(check.stdout);
          if (check.stdoutFile !== undefined) {
            const expected = readFileSync(join(EXAMPLES, section, check.stdoutFile), 'utf8');
            if (check.stdoutFile.endsWith('.json'))
              expect(JSON.parse(outcome.stdout)).toEqual(JSON.parse(expected));
            else expect(outcome.stdout).toBe(expected);
          }
          for (const text of check.stderrIncludes ?? []) expect(outcome.stderr).toContain(text);
        });
      }
    });
  }
});

/** The blocks rules.md prints are the shipped files, so a change to either shows here. */
describe('docs/rules.md quotes the example files', () => {
  const blocks = fencedBlocks(RULES);
  const jsonBlocks = blocks.filter((b) => b.lang === 'json').map((b) => JSON.parse(b.text) as unknown);
  const textBlocks = blocks.filter((b) => b.lang === '').map((b) => b.text);
  const file = (section: string, name: string) => readFileSync(join(EXAMPLES, section, name), 'utf8');

  it('docs/rules.md §14 tiny input and its result are round.json and round.expected.json', () => {
    expect(jsonBlocks).toContainEqual(JSON.parse(file('14-command-line', 'round.json')));
    expect(jsonBlocks).toContainEqual(JSON.parse(file('14-command-line', 'round.expected.json')));
  });

  for (const section of sections) {
    for (const name of readdirSync(join(EXAMPLES, section)).filter((f) => f.endsWith('.expected.txt'))) {
      it(`${section}/${name} is printed in rules.md`, () => {
        expect(textBlocks).toContain(file(section, name));
      });
    }
  }
});

/** Issue 8 §10: the reference tables name every parameter and every accepted value. */
describe('docs/rules.md reference tables', () => {
  it('docs/rules.md §3.1 lists every Ruleset parameter', async () => {
    const { findBuiltInRuleset } = await import('@jicai/domain');
    const table = RULES.slice(RULES.indexOf('### 3.1'), RULES.indexOf('### 3.2'));
    const listed = [...table.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(findBuiltInRuleset('nvbp-7') ?? {}).sort());
  });

  it('docs/rules.md §4 lists the values of form and volumeClass', async () => {
    const { FORMS, VOLUME_CLASSES } = await import('@jicai/domain');
    const section = RULES.slice(RULES.indexOf('## 4.'), RULES.indexOf('## 5.'));
    for (const value of [...FORMS, ...VOLUME_CLASSES]) expect(section).toContain(`\`${value}\``);
  });
});

function fencedBlocks(markdown: string): { lang: string; text: string }[] {
  const blocks: { lang: string; text: string }[] = [];
  let open: { lang: string; lines: string[] } | null = null;
  for (const line of markdown.split('\n')) {
    if (open === null && line.startsWith('```')) open = { lang: line.slice(3).trim(), lines: [] };
    else if (open !== null && line === '```') {
      blocks.push({ lang: open.lang, text: `${open.lines.join('\n')}\n` });
      open = null;
    } else open?.lines.push(line);
  }
  return blocks;
}
