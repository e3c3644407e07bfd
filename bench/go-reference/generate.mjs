#!/usr/bin/env node
// Regenerates gen/plughostv1 (Go messages and the PluginAPI service) from proto/plughost/v1.
//   node bench/go-reference/generate.mjs
// Tools: protoc from grpcio-tools in .venv (python -m grpc_tools.protoc), and protoc-gen-go /
// protoc-gen-go-grpc installed with `go install` (pinned below) into go-reference/.bin.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROTOC_GEN_GO = 'google.golang.org/protobuf/cmd/protoc-gen-go@v1.36.11';
export const PROTOC_GEN_GO_GRPC = 'google.golang.org/grpc/cmd/protoc-gen-go-grpc@v1.6.1';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const bin = path.join(here, '.bin');
const goPackage = 'plughost-bench/goref/gen/plughostv1';
// The Plugin API service and what it needs: models, the transport, and each area's messages.
const protoDir = path.join(repoRoot, 'proto', 'plughost', 'v1');
const protos = ['models.proto', 'transport.proto', ...fs.readdirSync(protoDir).filter((f) => /^api(_\w+)?\.proto$/.test(f)).sort()].map((f) => `plughost/v1/${f}`);

const run = (file, args, opts = {}) => execFileSync(file, args, { stdio: 'inherit', ...opts });

fs.mkdirSync(bin, { recursive: true });
for (const tool of [PROTOC_GEN_GO, PROTOC_GEN_GO_GRPC]) {
  const name = tool.split('@')[0].split('/').pop();
  if (!fs.existsSync(path.join(bin, name))) run('go', ['install', tool], { env: { ...process.env, GOBIN: bin } });
}

const out = path.join(here, 'gen', 'plughostv1');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
// The .proto files carry no go_package: map each file to the package here (M options).
const mapping = protos.map((p) => `M${p}=${goPackage}`);
run(path.join(repoRoot, '.venv', 'bin', 'python'), [
  '-m', 'grpc_tools.protoc',
  `-I${path.join(repoRoot, 'proto')}`,
  `--plugin=protoc-gen-go=${path.join(bin, 'protoc-gen-go')}`,
  `--plugin=protoc-gen-go-grpc=${path.join(bin, 'protoc-gen-go-grpc')}`,
  `--go_out=${out}`, '--go_opt=paths=source_relative', ...mapping.map((m) => `--go_opt=${m}`),
  `--go-grpc_out=${out}`, '--go-grpc_opt=paths=source_relative', ...mapping.map((m) => `--go-grpc_opt=${m}`),
  ...protos,
]);
// paths=source_relative writes gen/plughostv1/plughost/v1/*.go: flatten into the package folder.
const nested = path.join(out, 'plughost', 'v1');
for (const f of fs.readdirSync(nested)) fs.renameSync(path.join(nested, f), path.join(out, f));
fs.rmSync(path.join(out, 'plughost'), { recursive: true, force: true });
console.log(`generated ${fs.readdirSync(out).join(', ')} in ${path.relative(repoRoot, out)}`);
