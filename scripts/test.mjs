#!/usr/bin/env node
// `npm test`: everything — types, lint, unit tests (vitest) and browser tests (Playwright, in a
// production build) — then one closing line `N passed, N failed` that sums every stage.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from './chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, 'test-results', 'reports');
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// A failing type check or lint counts as one failed test each, so the closing line never hides it.
for (const [label, args] of [
  ['types (tsc)', ['tsc', '--noEmit']],
  ['lint (eslint)', ['eslint', '.', '--max-warnings=0']],
]) {
  if (run(label, 'npx', args) === 0) passed += 1;
  else failed += 1;
}

const unitReport = path.join(reports, 'unit.json');
const unitStatus = run('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
const unit = readJson(unitReport);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (unitStatus !== 0 && unit.numFailedTests === 0) failed += 1; // a suite that failed to load
} else {
  failed += 1;
}

const hasE2e = existsSync(path.join(root, 'e2e')) && readdirSync(path.join(root, 'e2e')).some((f) => f.endsWith('.spec.ts'));
if (hasE2e) {
  const chromium = findChromium();
  if (!chromium) {
    console.error(
      '\nNo Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`)\n' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run `npm test` again.',
    );
    failed += 1;
  } else {
    const e2eReport = path.join(reports, 'e2e.json');
    const e2eStatus = run('browser tests (Playwright)', 'npx', ['playwright', 'test'], {
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport,
    });
    const e2e = readJson(e2eReport);
    if (e2e) {
      passed += e2e.stats.expected + e2e.stats.flaky;
      failed += e2e.stats.unexpected;
      if (e2eStatus !== 0 && e2e.stats.unexpected === 0) failed += 1; // e.g. the build or server failed
    } else {
      failed += 1;
    }
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
