#!/usr/bin/env node
// Regenerates the protobuf code from proto/ with one compiler (grpcio-tools' protoc, from the
// plugin Python environment) for both languages:
//   server/gen/                                   TypeScript (ts-proto messages and service definitions)
//   sdk/python/src/mattermost_plugin/_internal/gen/   Python (_pb2, _pb2_grpc, .pyi), and from the
//       same compile, the SDK's model wrappers and API method table (scripts/gen-python-sdk.py)
// `--check` generates into a temporary folder and exits 1 if the committed code differs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const python = path.join(root, '.venv', 'bin', 'python');
const tsOut = 'server/gen';
const pyOut = 'sdk/python/src/mattermost_plugin/_internal/gen';
const pyPackage = 'mattermost_plugin._internal.gen';

const tsProtoOptions = [
  'outputServices=generic-definitions',
  'snakeToCamel=false',
  'forceLong=number',
  'esModuleInterop=true',
  'importSuffix=.js',
  'env=node',
  'oneof=unions-value',
  'outputJsonMethods=false',
  'useDate=false',
].join(',');

function protoFiles() {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.proto')) out.push(path.relative(path.join(root, 'proto'), full));
    }
  };
  walk(path.join(root, 'proto'));
  return out.sort();
}

function generate(tsDir, pyDir) {
  fs.rmSync(tsDir, { recursive: true, force: true });
  fs.rmSync(pyDir, { recursive: true, force: true });
  fs.mkdirSync(tsDir, { recursive: true });
  fs.mkdirSync(pyDir, { recursive: true });
  const descriptorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plughost-contract-'));
  const descriptorSet = path.join(descriptorDir, 'contract.pb');
  try {
    compile(tsDir, pyDir, descriptorSet);
  } finally {
    fs.rmSync(descriptorDir, { recursive: true, force: true });
  }
}

/** One protoc run for both languages, then the SDK's wrappers and API table from its descriptors. */
function compile(tsDir, pyDir, descriptorSet) {
  execFileSync(python, [
    '-m', 'grpc_tools.protoc',
    '-I', path.join(root, 'proto'),
    `--plugin=protoc-gen-ts_proto=${path.join(root, 'node_modules', '.bin', 'protoc-gen-ts_proto')}`,
    `--ts_proto_out=${tsDir}`,
    `--ts_proto_opt=${tsProtoOptions}`,
    `--python_out=${pyDir}`,
    `--grpc_python_out=${pyDir}`,
    `--pyi_out=${pyDir}`,
    '--include_source_info',
    `--descriptor_set_out=${descriptorSet}`,
    ...protoFiles(),
  ], { cwd: root, stdio: 'inherit' });
  packagePython(pyDir);
  execFileSync(python, [path.join(root, 'scripts', 'gen-python-sdk.py'), descriptorSet, pyDir], { cwd: root, stdio: 'inherit' });
}

// protoc writes absolute imports (`from plughost.v1 import models_pb2`); inside the SDK they
// must resolve to the SDK's own package, and every folder needs an __init__.py.
function packagePython(pyDir) {
  const walk = (dir) => {
    fs.writeFileSync(path.join(dir, '__init__.py'), '');
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.pyi?$/.test(entry.name) && entry.name !== '__init__.py') {
        const text = fs.readFileSync(full, 'utf8')
          .replace(/^from (plughost|grpc\.health)(\.\S+)? import /gm, (_m, top, rest) => `from ${pyPackage}.${top}${rest ?? ''} import `);
        fs.writeFileSync(full, text);
      }
    }
  };
  walk(pyDir);
}

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) { if (entry.name !== '__pycache__') walk(full); }
      else out.push(path.relative(dir, full));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out.sort();
}

function sameTree(a, b) {
  const fa = listFiles(a);
  const fb = listFiles(b);
  if (fa.join('\n') !== fb.join('\n')) return false;
  return fa.every((f) => fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))));
}

if (process.argv.includes('--check')) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plughost-gen-'));
  try {
    generate(path.join(tmp, 'ts'), path.join(tmp, 'py'));
    const stale = [];
    if (!sameTree(path.join(tmp, 'ts'), path.join(root, tsOut))) stale.push(tsOut);
    if (!sameTree(path.join(tmp, 'py'), path.join(root, pyOut))) stale.push(pyOut);
    if (stale.length) {
      console.error(`generated code is stale in ${stale.join(' and ')}: run \`npm run gen\` and commit the result`);
      process.exit(1);
    }
    console.log('generated code is up to date');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
} else {
  generate(path.join(root, tsOut), path.join(root, pyOut));
  console.log(`generated ${tsOut} and ${pyOut}`);
}
