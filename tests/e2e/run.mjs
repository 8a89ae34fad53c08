#!/usr/bin/env node
// Runs the end-to-end tests one file (one browser) at a time.
//   node tests/e2e/run.mjs                 all files (needs dist/chrome from ./build.sh)
//   node tests/e2e/run.mjs --fixtures-only the fixture self-tests (no extension needed)
//   node tests/e2e/run.mjs x facebook      only x.test.mjs and facebook.test.mjs
// Extra env: CARECHECK_DIST, CHROMIUM, CARECHECK_LATENCY_MS, CARECHECK_E2E_LOGS=1 (print console errors).

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distProblem, DIST } from './harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ALL = ['fixtures', 'x', 'facebook', 'photos', 'unavailable', 'popup', 'options'];
const args = process.argv.slice(2);
let names = args.filter((a) => !a.startsWith('--'));
if (args.includes('--fixtures-only')) names = ['fixtures'];
if (!names.length) names = ALL;
for (const n of names) if (!ALL.includes(n)) {
  console.error(`e2e: unknown test file "${n}" (choose from ${ALL.join(', ')})`);
  process.exit(2);
}
if (names.some((n) => n !== 'fixtures')) {
  const problem = distProblem();
  if (problem) {
    console.error(`e2e: ${problem}\n     (the fixture self-tests alone: node tests/e2e/run.mjs --fixtures-only)`);
    process.exit(2);
  }
  console.log(`e2e: testing the extension in ${DIST}`);
}
const files = names.map((n) => path.join(HERE, `${n}.test.mjs`));
const r = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=1', '--test-timeout=120000', `--test-reporter=${process.env.E2E_REPORTER || 'spec'}`, ...files],
  { stdio: 'inherit' },
);
process.exit(r.status ?? 1);
