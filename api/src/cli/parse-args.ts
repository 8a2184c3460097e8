/** The few flags the commands take: `--flag`, `--option VALUE` or `--option=VALUE`, then positionals. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly options: ReadonlyMap<string, string>;
}

export type ParseArgsResult =
  { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly message: string };

export function parseArgs(
  argv: readonly string[],
  known: { readonly flags: readonly string[]; readonly options: readonly string[] },
): ParseArgsResult {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (known.flags.includes(name) && eq === -1) {
      flags.add(name);
    } else if (known.options.includes(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') return { ok: false, message: `${name} needs a value` };
      if (options.has(name)) return { ok: false, message: `${name} given twice` };
      options.set(name, value);
    } else {
      return { ok: false, message: `unknown option ${arg}` };
    }
  }
  return { ok: true, args: { positionals, flags, options } };
}
