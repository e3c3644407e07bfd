#!/usr/bin/env node
// Runs every test: the generated-code staleness check, the TypeScript unit and end-to-end
// tests (node's test runner over server/dist), and the Python SDK's pytest suite.
// `node scripts/test.mjs [ts|py|gen] …` runs a subset.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const wanted = process.argv.slice(2);
const want = (name) => wanted.length === 0 || wanted.includes(name);

function testFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.test.js')) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

const suites = [];
if (want('gen')) {
  suites.push(['generated code', process.execPath, ['scripts/gen.mjs', '--check']]);
  suites.push(['Python API reference page', path.join(root, '.venv', 'bin', 'python'), ['scripts/gen-python-api-docs.py', '--check']]);
}
if (want('ts')) suites.push(['TypeScript (unit + end-to-end)', process.execPath, ['--test', '--test-reporter=spec', ...testFiles(path.join(root, 'server', 'dist'))]]);
if (want('py')) suites.push(['Python SDK (pytest)', path.join(root, '.venv', 'bin', 'python'), ['-m', 'pytest', '-q', 'sdk/python/tests', 'examples']]);

const failed = [];
for (const [name, file, args] of suites) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(file, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
console.log(failed.length ? `\nFAILED: ${failed.join(', ')}` : '\nall test suites passed');
process.exit(failed.length ? 1 : 0);
