import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TEST_ONLY_MODULES = /^(vitest|fast-check|@fast-check\/|@vitest\/)/;

/**
 * The files `tsc -p <package>/tsconfig.build.json` compiles into dist/: the config's own files plus
 * every file they import (a tsconfig `exclude` does not keep out a file production code imports).
 * Only parsed, not type-checked: what goes into dist is decided before any type is checked.
 */
function builtSources(pkg: string): { file: string; imports: string[] }[] {
  const configPath = path.join(root, pkg, 'tsconfig.build.json');
  const { config, error } = ts.readConfigFile(configPath, (f) => ts.sys.readFile(f));
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configPath));
  const program = ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
  const src = path.join(root, pkg, 'src') + path.sep;
  return program
    .getSourceFiles()
    .filter((f) => path.resolve(f.fileName).startsWith(src))
    .map((f) => ({
      file: path.relative(path.join(root, pkg), f.fileName),
      imports: ts.preProcessFile(f.text, true, true).importedFiles.map((i) => i.fileName),
    }));
}

describe.each(['api', 'domain'])('the build of %s', (pkg) => {
  const sources = builtSources(pkg);

  it('compiles production code only: no test, no test-support file, nothing importing a test library', () => {
    expect(sources.length).toBeGreaterThan(20);
    const testOnly = sources.filter(
      ({ file, imports }) =>
        /\.test\.ts$/.test(file) ||
        file.split(path.sep).includes('test-support') ||
        imports.some((m) => TEST_ONLY_MODULES.test(m) || /(^|\/)test-support\//.test(m)),
    );
    expect(testOnly.map((s) => s.file)).toEqual([]);
  });
});
