/** One reason the input cannot be evaluated (exit 2): a JSON path (G42) and a short, actionable message. */
export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

/** G42: `bids[3].packPrice`; `$` stands for the document as a whole. */
export function joinPath(prefix: string, segments: readonly PropertyKey[]): string {
  let path = prefix;
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path = path === '' || path === '$' ? String(segment) : `${path}.${String(segment)}`;
  }
  return path === '' ? '$' : path;
}

/** Ids and codes quoted as JSON strings, so an empty or odd id stays visible in the message. */
export function quote(value: string): string {
  return JSON.stringify(value);
}

const SECTION_ORDER = ['$', 'ruleset', 'regions', 'products', 'bids', 'demand', 'deadline'];

function sectionRank(path: string): number {
  const head = /^[^.[]*/.exec(path)?.[0] ?? '';
  const rank = SECTION_ORDER.findIndex(
    (section) => head === section || (section === 'ruleset' && head.startsWith(section)),
  );
  return rank === -1 ? SECTION_ORDER.length : rank;
}

/** The first list index of a path (`bids[3].packPrice` → 3); -1 for a section as a whole. */
function firstIndex(path: string): number {
  const match = /\[(\d+)\]/.exec(path);
  return match?.[1] === undefined ? -1 : Number(match[1]);
}

/**
 * Problems in document order: by the contract's input sections, then by element. Stable, so the
 * problems of one element stay in the order their checks found them (shape, then references).
 */
export function orderProblems(problems: readonly InputProblem[]): InputProblem[] {
  return problems
    .map((problem, order) => ({
      problem,
      order,
      rank: sectionRank(problem.path),
      index: firstIndex(problem.path),
    }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index || a.order - b.order)
    .map((entry) => entry.problem);
}
