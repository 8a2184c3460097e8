// Lint rules that keep the tree as issue 13 left it: promises are awaited (or voided on purpose),
// no import cycles, and the domain core imports nothing impure. Typed linting: each file is checked
// with the tsconfig.json of its workspace (found by the project service).
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.data/**',
      '**/.turbo/**',
      // generated: SvelteKit's types and paraglide's compiled messages
      'web/.svelte-kit/**',
      'web/src/lib/paraglide/**',
    ],
  },
  {
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        // files outside every workspace tsconfig (root scripts, CommonJS hooks) get a default project
        projectService: {
          allowDefaultProject: [
            '*.js',
            'scripts/*.mjs',
            'api/bench/*.cjs',
            'web/*.js',
            'web/vitest.config.ts',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { '@typescript-eslint': tseslint.plugin, 'import-x': importX },
    settings: {
      // import-x parses the files it follows for cycles with the TypeScript parser
      'import-x/extensions': ['.ts', '.cts', '.mts', '.js', '.cjs', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.cts', '.mts'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['*/tsconfig.json'], noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // the functional core: no I/O, clock, randomness or environment; those are the api shell's
    files: ['domain/src/**/*.ts'],
    ignores: ['domain/src/**/*.test.ts', 'domain/src/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(node:.*|${builtinModules.join('|')})$`,
              message: 'domain is pure: I/O belongs to the api shell',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'domain is pure: the shell passes configuration in' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'domain is pure: the shell passes the time in' },
        { object: 'Math', property: 'random', message: 'domain is pure: the shell passes randomness in' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'domain is pure: the shell passes the time in',
        },
      ],
    },
  },
);
