#!/usr/bin/env node
// `npm test`: everything — types, lint, unit tests (vitest) and browser tests (Playwright, in a
// production build) — then one closing line `N passed, N failed` that sums every stage.
// It runs the project's own installed tools and never fetches a package; with CI set, a focused
// test (`.only`) fails the run instead of silently skipping the rest.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from './chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, 'test-results', 'reports');
mkdirSync(reports, { recursive: true });
const ci = Boolean(process.env.CI);

let passed = 0;
let failed = 0;
let skipped = 0;

/** A tool from node_modules/.bin, or null (and a message) when `npm install` has not been run. */
function localBin(name) {
  const bin = path.join(root, 'node_modules', '.bin', name);
  if (existsSync(bin)) return bin;
  console.error(`\n${name} is not installed in node_modules: run \`npm install\` first.`);
  return null;
}

function run(label, name, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const bin = localBin(name);
  if (!bin) return 1;
  const result = spawnSync(bin, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  return result.status ?? 1;
}

/** A stage's report, written by this run only: the old one is removed before the stage starts. */
function freshReport(name) {
  const file = path.join(reports, name);
  rmSync(file, { force: true });
  return file;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function tally(label, p, f, s) {
  passed += p;
  failed += f;
  skipped += s;
  console.log(`${label}: ${p} passed, ${f} failed, ${s} skipped`);
}

// A failing type check or lint counts as one failed test each, so the closing line never hides it.
for (const [label, name, args] of [
  ['types (tsc)', 'tsc', ['--noEmit']],
  ['lint (eslint)', 'eslint', ['.', '--max-warnings=0']],
]) {
  const ok = run(label, name, args) === 0;
  tally(label, ok ? 1 : 0, ok ? 0 : 1, 0);
}

const unitReport = freshReport('unit.json');
const unitStatus = run('unit tests (vitest)', 'vitest', ['run', `--allowOnly=${!ci}`, '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
const unit = readJson(unitReport);
if (unit) {
  // A suite that failed to load, or a run refused (e.g. `.only` in CI), fails with no failed test.
  const unitFailed = unit.numFailedTests + (unitStatus !== 0 && unit.numFailedTests === 0 ? 1 : 0);
  tally('unit tests', unit.numPassedTests, unitFailed, unit.numPendingTests + unit.numTodoTests);
} else {
  tally('unit tests', 0, 1, 0);
}

const hasE2e = existsSync(path.join(root, 'e2e')) && readdirSync(path.join(root, 'e2e')).some((f) => f.endsWith('.spec.ts'));
if (hasE2e) {
  const chromium = findChromium();
  if (!chromium) {
    console.error(
      '\nNo Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`)\n' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run `npm test` again.',
    );
    tally('browser tests', 0, 1, 0);
  } else {
    const e2eReport = freshReport('e2e.json');
    const e2eStatus = run('browser tests (Playwright)', 'playwright', ['test', ...(ci ? ['--forbid-only'] : [])], {
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport,
    });
    const e2e = readJson(e2eReport);
    if (e2e) {
      // e.g. the build or the server failed, or `.only` in CI: a failed run with no failed test.
      const e2eFailed = e2e.stats.unexpected + (e2eStatus !== 0 && e2e.stats.unexpected === 0 ? 1 : 0);
      tally('browser tests', e2e.stats.expected + e2e.stats.flaky, e2eFailed, e2e.stats.skipped);
    } else {
      tally('browser tests', 0, 1, 0);
    }
  }
}

console.log(`\n${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
