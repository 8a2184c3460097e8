import { describe, expect, it } from 'vitest';
import { parseArgs } from './parse-args.js';

const KNOWN = { flags: ['--explain'], options: ['--ruleset'] };

describe('parseArgs', () => {
  it('takes flags, options in both spellings and positionals in any order', () => {
    const parsed = parseArgs(['--explain', 'round.json', '--ruleset', 'nvbp-10'], KNOWN);
    expect(parsed).toEqual({
      ok: true,
      args: {
        positionals: ['round.json'],
        flags: new Set(['--explain']),
        options: new Map([['--ruleset', 'nvbp-10']]),
      },
    });
    expect(parseArgs(['--ruleset=what-if.json', 'round.json'], KNOWN)).toMatchObject({
      ok: true,
      args: { options: new Map([['--ruleset', 'what-if.json']]) },
    });
  });

  it('treats everything after -- as positional', () => {
    expect(parseArgs(['--', '--explain'], KNOWN)).toMatchObject({
      ok: true,
      args: { positionals: ['--explain'] },
    });
  });

  it('refuses unknown options, missing values and repeats', () => {
    expect(parseArgs(['--verbose'], KNOWN)).toEqual({ ok: false, message: 'unknown option --verbose' });
    expect(parseArgs(['--ruleset'], KNOWN)).toEqual({ ok: false, message: '--ruleset needs a value' });
    expect(parseArgs(['--ruleset=a', '--ruleset', 'b'], KNOWN)).toEqual({
      ok: false,
      message: '--ruleset given twice',
    });
    expect(parseArgs(['--explain=yes'], KNOWN)).toEqual({
      ok: false,
      message: 'unknown option --explain=yes',
    });
  });
});
