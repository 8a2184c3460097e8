import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Issue 13: code cites a rule by the docs/rules.md section that states it ("docs/rules.md §8.2",
 * or a list such as "docs/rules.md §10 and §11.3", "§8–§11"), so a newcomer can follow a comment
 * to its rule inside the repository. Any other `§` names an issue's section ("issue 8 §9").
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const self = fileURLToPath(import.meta.url);

/** "1", "3.1", "8.2": the numbered headings of docs/rules.md. */
function sectionsOfRules(): Set<string> {
  const headings = readFileSync(join(root, 'docs/rules.md'), 'utf8').matchAll(
    /^#{2,4} (\d+(?:\.\d+)*)\.? /gm,
  );
  return new Set([...headings].map((m) => m[1] as string));
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|svelte)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => file !== self);
}

const CITATION = /docs\/rules\.md (§\d+(?:\.\d+)*(?:(?:, | and | or |–| to )§\d+(?:\.\d+)*)*)/g;
const ISSUE_SECTION = /issue \d+ §\d+/gi;
/** a section label quoted as data (a check's title in docs/examples), not a citation */
const QUOTED_LABEL = /"§\d+(?:\.\d+)*/g;

interface Reference {
  readonly where: string;
  readonly section: string;
}

function referencesIn(file: string): { cited: Reference[]; uncited: string[] } {
  const cited: Reference[] = [];
  const uncited: string[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const where = `${relative(root, file)}:${i + 1}`;
      for (const m of line.matchAll(CITATION))
        for (const s of (m[1] as string).matchAll(/§(\d+(?:\.\d+)*)/g))
          cited.push({ where, section: s[1] as string });
      const rest = line.replace(CITATION, '').replace(ISSUE_SECTION, '').replace(QUOTED_LABEL, '');
      if (rest.includes('§')) uncited.push(`${where}: ${line.trim()}`);
    });
  return { cited, uncited };
}

describe('rule citations in code (issue 13)', () => {
  const files = ['domain/src', 'api/src'].flatMap((dir) => sourcesUnder(join(root, dir)));
  const found = files.map(referencesIn);

  it('name sections that docs/rules.md has', () => {
    const sections = sectionsOfRules();
    const cited = found.flatMap((f) => f.cited);
    expect(cited.length).toBeGreaterThan(50);
    expect(cited.filter((r) => !sections.has(r.section)).map((r) => `${r.where}: §${r.section}`)).toEqual([]);
  });

  it('say which document a § belongs to: docs/rules.md or an issue', () => {
    expect(found.flatMap((f) => f.uncited)).toEqual([]);
  });
});
