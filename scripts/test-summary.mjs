// Prints the one closing line CI reads ("N passed, N failed") from every workspace's vitest JSON
// report. A workspace whose test run failed without a report counts as one failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const runnerStatus = Number(process.argv[2] ?? 0);
const { workspaces } = JSON.parse(readFileSync('package.json', 'utf8'));
let passed = 0;
let failed = 0;
let skipped = 0;
const reports = workspaces.flatMap((dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^test-results(\..+)?\.json$/.test(f))
        .map((f) => `${dir}/${f}`)
    : [],
);
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (report.numFailedTestSuites > 0 && report.numFailedTests === 0) failed += report.numFailedTestSuites;
}
if (runnerStatus !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
