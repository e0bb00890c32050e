// Runs every test the project has, in order, and ends with one plain summary line:
// lint and typecheck (one check each), the Vitest unit tests, then the Playwright end-to-end tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
mkdirSync('test-results', { recursive: true });

function step(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return run.status === 0;
}

function check(name, command, args) {
  if (step(name, command, args)) results.passed++;
  else {
    results.failed++;
    console.log(`FAILED: ${name}`);
  }
}

function countJson(path, fallbackOk) {
  if (!existsSync(path)) {
    results.failed += fallbackOk ? 0 : 1;
    return;
  }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  if ('numPassedTests' in report) {
    // Vitest JSON reporter
    results.passed += report.numPassedTests;
    // A file that fails to load has no failed test of its own: count it once.
    results.failed += report.numFailedTests || report.numFailedTestSuites;
    results.skipped += report.numPendingTests + report.numTodoTests;
  } else {
    // Playwright JSON reporter
    results.passed += report.stats.expected + report.stats.flaky;
    results.failed += report.stats.unexpected;
    results.skipped += report.stats.skipped;
    if (report.errors?.length) results.failed += report.errors.length;
  }
}

check('lint', 'npx', ['eslint', '.']);
check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);

rmSync('test-results/unit.json', { force: true });
step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
countJson('test-results/unit.json', false);

rmSync('test-results/e2e.json', { force: true });
step('end-to-end tests', 'npx', ['playwright', 'test']);
countJson('test-results/e2e.json', false);

console.log(`\n${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`);
process.exit(results.failed > 0 ? 1 : 0);
