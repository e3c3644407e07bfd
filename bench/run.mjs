#!/usr/bin/env node
// plughost benchmark: `npm run bench` (about 2 minutes) or `npm run bench -- --quick` (under a
// minute, same figures, fewer samples). Starts its own server with a fresh data folder on
// 127.0.0.1, measures, writes bench/out/report.json and bench/out/report.md, prints the table,
// and removes every process and folder it made. What each figure means: bench/README.md.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sequential, throughput, upload } from './lib/load.mjs';
import { alive, cpuMeter, memoryKiB, resetPeak, rssMiB } from './lib/proc.mjs';
import { RestClient, startPlughost } from './lib/server.mjs';
import { monotonicUs, profileReport } from './lib/profile.mjs';
import { median, round } from './lib/stats.mjs';
import * as tar from 'tar';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const outDir = path.join(here, 'out');
const python = path.join(repoRoot, '.venv', 'bin', 'python');
const goDir = path.join(here, 'go-reference');

const quick = process.argv.includes('--quick');
// --profile: the server runs under node --cpu-prof; bench/out/profile.md breaks its CPU down by phase.
const profiling = process.argv.includes('--profile');
const profileDir = path.join(outDir, 'profiles');
const phases = [];
const P = quick
  ? { apiCalls: 1000, apiWarmup: 200, apiRounds: 1, hookBlocks: 2, blockPosts: 150, blockWarmup: 20, loadMs: 2000, loadWarmupMs: 300, coldCycles: 2, importRuns: 3, settleMs: 500 }
  : { apiCalls: 5000, apiWarmup: 1000, apiRounds: 2, hookBlocks: 5, blockPosts: 300, blockWarmup: 20, loadMs: 8000, loadWarmupMs: 1000, coldCycles: 5, importRuns: 7, settleMs: 1500 };
const CONCURRENCY = 8;
const UPLOAD_BYTES = 200 * 1024 * 1024;
const API_MAX_SECONDS = 20; // each in-plugin measuring loop stops after this long
const SEQ_MAX_MS = 30_000;

const ids = {
  api: 'com.plughost.bench.api',
  http: 'com.plughost.bench.http',
  upload: 'com.plughost.bench.upload',
  hooks: ['com.plughost.bench.hook1', 'com.plughost.bench.hook2', 'com.plughost.bench.hook3'],
  idle: ['com.plughost.bench.idle1', 'com.plughost.bench.idle2', 'com.plughost.bench.idle3', 'com.plughost.bench.idle4'],
};

const notes = [];
const note = (text) => notes.push(text);
const log = (text) => console.log(`[bench] ${text}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const loadavg = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

// ---- clean-up: every process and folder this run makes ------------------------------------

const cleanups = [];
let cleanedUp = false;
async function cleanUp() {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const fn of cleanups.reverse()) {
    try {
      await fn();
    } catch (err) {
      console.error(`[bench] clean-up step failed: ${err.message}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`[bench] ${signal}: cleaning up`);
    void cleanUp().then(() => process.exit(130));
  });
}

/** Spawns a helper that prints one line when ready; killed (by pid) at clean-up. */
async function startHelper(file, args, readyPattern, what) {
  const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start in time: ${output}`)), 15_000);
    const onData = (chunk) => {
      output += chunk;
      if (readyPattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', (c) => { output += c; });
    child.once('error', (err) => { clearTimeout(timer); reject(err); });
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`${what} exited with ${code}: ${output}`)); });
  });
  return child;
}

// ---- pieces ---------------------------------------------------------------------------------

/** cpuMeter that also remembers the phase's time window (for --profile). */
function meterFor(pids) {
  const meter = cpuMeter(pids);
  const start = monotonicUs();
  return {
    stop(ops) {
      const cpu = meter.stop(ops);
      Object.defineProperty(cpu, 'window', { value: [start, monotonicUs()] });
      return cpu;
    },
  };
}

/** A plugin folder as a bundle whose single top folder is `id`, manifest id replaced. */
async function bundle(pluginDir, id) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plughost-bench-bundle-'));
  try {
    fs.cpSync(path.join(here, 'plugins', pluginDir), path.join(tmp, id), { recursive: true, filter: (p) => !p.includes('__pycache__') });
    const manifestFile = path.join(tmp, id, 'plugin.json');
    fs.writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(manifestFile, 'utf8')), id }));
    await tar.c({ gzip: true, file: path.join(tmp, 'bundle.tar.gz'), cwd: tmp }, [id]);
    return fs.readFileSync(path.join(tmp, 'bundle.tar.gz'));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The environment plughost gives a plugin process (see supervisor.ts inheritedEnv). */
function pluginLikeEnv(tmp) {
  const env = { TMPDIR: tmp };
  for (const name of ['PATH', 'HOME', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ']) if (process.env[name]) env[name] = process.env[name];
  return env;
}

function measurePythonImport(tmp) {
  const args = ['-c', 'import grpc, google.protobuf'];
  const env = pluginLikeEnv(tmp);
  spawnSync(python, args, { env }); // warm the page cache
  const samples = [];
  for (let i = 0; i < P.importRuns; i++) {
    const t0 = performance.now();
    const res = spawnSync(python, args, { env, timeout: 30_000 });
    const ms = performance.now() - t0;
    if (res.status !== 0) throw new Error(`python -c "import grpc, google.protobuf" failed: ${res.stderr}`);
    samples.push(ms);
  }
  return samples;
}

function buildGoReference() {
  try {
    execFileSync('go', ['version'], { stdio: 'ignore' });
  } catch {
    note('Go is not installed: go_api_call_p50_us was not measured (null). Install Go and run again.');
    return undefined;
  }
  if (!fs.existsSync(path.join(goDir, 'gen', 'plughostv1', 'api_grpc.pb.go'))) {
    execFileSync(process.execPath, [path.join(goDir, 'generate.mjs')], { stdio: 'inherit' });
  }
  const binary = path.join(goDir, 'bin', 'goref');
  try {
    // Incremental: seconds once the module cache is warm; the first build downloads grpc-go.
    execFileSync('go', ['build', '-o', binary, '.'], { cwd: goDir, stdio: ['ignore', 'inherit', 'inherit'], timeout: 240_000 });
    return binary;
  } catch (err) {
    note(`The Go reference server did not build (${err.message.split('\n')[0]}): go_api_call_p50_us was not measured (null).`);
    return undefined;
  }
}

async function timedEnable(admin, id) {
  const t0 = performance.now();
  await admin.ok('POST', `/plugins/${id}/enable`);
  const ms = performance.now() - t0;
  const status = (await admin.ok('GET', '/plugins/statuses')).find((s) => s.plugin_id === id);
  if (status?.state !== 2) throw new Error(`plugin ${id} is not running after enable: ${JSON.stringify(status)}`);
  return ms;
}

// ---- the run --------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  fs.mkdirSync(outDir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plughost-bench-'));
  cleanups.push(() => fs.rmSync(tmp, { recursive: true, force: true }));
  // Everything the server and its plugins put in the temp folder (the Plugin API socket,
  // plugin sockets, upload folders) goes in here, removed at the end.
  const serverTmp = path.join(tmp, 't');
  fs.mkdirSync(serverTmp);
  const m = {};
  const extra = { loadavg_start: loadavg() };
  log(`${quick ? 'quick' : 'full'} run; load average ${extra.loadavg_start}`);

  // 5b. Python import time: measured first, on an idle machine.
  const imports = measurePythonImport(serverTmp);
  m.python_import_ms = median(imports);
  log(`python import grpc, google.protobuf: ${m.python_import_ms.toFixed(1)} ms`);

  // 1b/1a. Reference servers: Go gRPC and the Node echo floor.
  const goBinary = buildGoReference();
  const echoSocket = path.join(tmp, 'echo.sock');
  const echo = await startHelper(process.execPath, [path.join(here, 'lib', 'echo-server.mjs'), echoSocket], /ready/, 'the echo server');

  // The server.
  const dataDir = path.join(tmp, 'data');
  fs.mkdirSync(dataDir);
  // TMPDIR: the server hands it on to its plugins.
  if (profiling) fs.rmSync(profileDir, { recursive: true, force: true });
  const nodeArgs = profiling ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-interval', '250'] : [];
  const server = await startPlughost({ repoRoot, dataDir, nodeArgs, env: { TMPDIR: serverTmp }, config: { PluginSettings: { HookTimeoutMs: 60_000 } } });
  const pluginPids = new Set();
  cleanups.push(async () => {
    fs.writeFileSync(path.join(outDir, 'server.log'), server.logs.join('\n') + '\n');
    await server.stop();
    // The server stops its plugins; anything left (it should not be) goes by pid.
    await sleep(200);
    for (const pid of pluginPids) {
      if (alive(pid)) {
        console.error(`[bench] plugin process ${pid} outlived the server: killing it`);
        try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
      }
    }
  });
  log(`plughost at ${server.url} (pid ${server.pid})`);

  const admin = new RestClient(server.url);
  await admin.ok('POST', '/users', { username: 'bench', email: 'bench@example.com', password: 'bench-password-1' });
  await admin.login('bench', 'bench-password-1');
  const me = await admin.ok('GET', '/users/me');
  const team = await admin.ok('POST', '/teams', { name: 'bench', display_name: 'Bench', type: 'O' });
  const channel = await admin.ok('POST', '/channels', { team_id: team.id, name: 'bench', display_name: 'Bench', type: 'O' });

  // 6 and 5. Ten plugins: install, then enable one by one. The idle ones' enable times are
  // cold-start samples (POST /plugins/{id}/enable answers once OnActivate has returned).
  const plan = [
    ...ids.idle.map((id) => ({ id, dir: 'idle' })),
    { id: ids.api, dir: 'api_bench' },
    { id: ids.http, dir: 'http_bench' },
    { id: ids.upload, dir: 'upload_bench' },
    ...ids.hooks.map((id) => ({ id, dir: 'hook_bench' })),
  ];
  for (const { id, dir } of plan) await admin.uploadPlugin(await bundle(dir, id));
  const coldSamples = [];
  const enableMs = {};
  for (const { id } of plan) {
    enableMs[id] = await timedEnable(admin, id);
    if (ids.idle.includes(id)) coldSamples.push(enableMs[id]);
    pluginPids.add(server.pluginPid(id));
  }
  await sleep(P.settleMs);
  const running = (await admin.ok('GET', '/plugins/statuses')).filter((s) => s.state === 2).length;
  if (running !== 10) throw new Error(`expected 10 running plugins, found ${running}`);
  m.server_rss_10_plugins_mib = rssMiB(server.pid);
  m.plugin_rss_mib = rssMiB(server.pluginPid(ids.idle[0]));
  const allPluginRss = plan.map(({ id }) => rssMiB(server.pluginPid(id)));
  extra.plugin_rss_all = `${Math.min(...allPluginRss).toFixed(1)}–${Math.max(...allPluginRss).toFixed(1)} MiB (all 10), sum ${allPluginRss.reduce((a, b) => a + b, 0).toFixed(0)} MiB`;
  log(`server RSS with 10 plugins ${m.server_rss_10_plugins_mib.toFixed(1)} MiB; idle plugin RSS ${m.plugin_rss_mib.toFixed(1)} MiB`);

  for (let i = 0; i < P.coldCycles; i++) {
    await admin.ok('POST', `/plugins/${ids.idle[0]}/disable`);
    coldSamples.push(await timedEnable(admin, ids.idle[0]));
    pluginPids.add(server.pluginPid(ids.idle[0]));
  }
  m.cold_start_ms = median(coldSamples);
  extra.cold_samples = coldSamples.map((v) => v.toFixed(0)).join(', ');
  extra.enable_api_ms = enableMs[ids.api];
  log(`cold start (enable → OnActivate returned) ${m.cold_start_ms.toFixed(1)} ms; samples ${extra.cold_samples}`);
  for (const id of ids.hooks) await admin.ok('POST', `/plugins/${id}/disable`);
  const cpuRows = [];
  extra.cpuRows = cpuRows;
  const cpuRow = (label, wallUs, cpu, more = {}) => {
    cpuRows.push({ label, wallUs, ...cpu, ...more });
    phases.push({ name: label, windows: Array.isArray(cpu.window[0]) ? cpu.window : [cpu.window] });
  };

  // 4b. A 200 MiB upload through a plugin, from the idle ten-plugin state, so the server's
  // memory growth is measured from a known baseline (not from whatever the load phases left).
  await sleep(P.settleMs);
  const uploadPluginPid = server.pluginPid(ids.upload);
  const before = memoryKiB(server.pid);
  const peakReset = resetPeak(server.pid);
  let sampledPeak = before.VmRSS;
  let pluginPeak = 0;
  const uploadMeter = meterFor({ server: server.pid, plugin: uploadPluginPid });
  const t0 = performance.now();
  const res = await upload(server.url, `/plugins/${ids.upload}/upload`, UPLOAD_BYTES, {
    onProgress: () => {
      sampledPeak = Math.max(sampledPeak, memoryKiB(server.pid)?.VmRSS ?? 0);
      pluginPeak = Math.max(pluginPeak, memoryKiB(uploadPluginPid)?.VmRSS ?? 0);
    },
  });
  m.upload_200mib_s = (performance.now() - t0) / 1000;
  cpuRow('200 MiB upload through ServeHTTP, per MiB', (m.upload_200mib_s * 1e6) / 200, uploadMeter.stop(200));
  const after = memoryKiB(server.pid);
  if (res.status !== 200) throw new Error(`upload answered ${res.status}: ${res.body.slice(0, 300)}`);
  const answer = JSON.parse(res.body);
  if (answer.bytes !== UPLOAD_BYTES) throw new Error(`the plugin counted ${answer.bytes} bytes, expected ${UPLOAD_BYTES}`);
  const peakKiB = Math.max(sampledPeak, peakReset ? after.VmHWM : 0);
  m.upload_rss_growth_mib = (peakKiB - before.VmRSS) / 1024;
  extra.upload = { form: answer.form, peakReset, beforeMiB: before.VmRSS / 1024, peakMiB: peakKiB / 1024, pluginPeakMiB: pluginPeak / 1024 };
  log(`upload 200 MiB: ${m.upload_200mib_s.toFixed(2)} s, server RSS growth ${m.upload_rss_growth_mib.toFixed(1)} MiB (${answer.form} form)`);

  // 1. Plugin API latency, measured inside the api bench plugin.
  const pluginGet = async (id, route) => {
    const res = await fetch(`${server.url}/plugins/${id}${route}`, { signal: AbortSignal.timeout(90_000) });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`GET /plugins/${id}${route} answered ${res.status}: ${text.slice(0, 500)}`);
    return JSON.parse(text);
  };
  let goTarget;
  let goPid;
  const goSecret = 'bench-' + Math.random().toString(36).slice(2);
  if (goBinary) {
    const { response_b64: b64 } = await pluginGet(ids.api, `/user-response?user_id=${me.id}`);
    const responseFile = path.join(tmp, 'get-user-response.bin');
    fs.writeFileSync(responseFile, Buffer.from(b64, 'base64'));
    const goSocket = path.join(tmp, 'go.sock');
    goPid = (await startHelper(goBinary, ['-socket', goSocket, '-response', responseFile, '-secret', goSecret], /ready/, 'the Go reference server')).pid;
    goTarget = `unix://${goSocket}`;
  }
  const kinds = { floor: echoSocket, sync: undefined, async: undefined, ...(goTarget ? { go: goTarget } : {}) };
  const rounds = {};
  for (let r = 0; r < P.apiRounds; r++) {
    const order = Object.keys(kinds);
    if (r % 2 === 1) order.reverse(); // drift in machine load hits every kind alike
    for (const kind of order) {
      const q = new URLSearchParams({ kind, user_id: me.id, n: String(P.apiCalls), warmup: String(P.apiWarmup), max_s: String(API_MAX_SECONDS) });
      if (kinds[kind]) q.set('target', kinds[kind]);
      if (kind === 'go') q.set('secret', goSecret);
      const meter = meterFor({ server: server.pid, plugin: server.pluginPid(ids.api), ...(kind === 'go' ? { go: goPid } : {}), ...(kind === 'floor' ? { echo: echo.pid } : {}) });
      const result = await pluginGet(ids.api, `/measure?${q}`);
      result.cpu = meter.stop(result.n + P.apiWarmup);
      (rounds[kind] ??= []).push(result);
      log(`api ${kind}: p50 ${result.p50_us.toFixed(1)} µs, p99 ${result.p99_us.toFixed(1)} µs (n=${result.n}, ${result.payload_bytes} B)`);
    }
  }
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
  const p50 = (kind) => mean(rounds[kind].map((x) => x.p50_us));
  m.floor_p50_us = p50('floor');
  m.api_call_p50_us = p50('sync');
  m.api_call_p99_us = mean(rounds.sync.map((x) => x.p99_us));
  m.async_api_call_p50_us = p50('async');
  m.go_api_call_p50_us = goTarget ? p50('go') : null;
  for (const kind of Object.keys(kinds)) {
    const last = rounds[kind].at(-1);
    cpuRow(`get_user, ${kind}${kind === 'floor' ? ' (raw socket echo)' : kind === 'go' ? ' (Python client → Go server)' : ' (Python client → plughost)'}`, last.mean_us, last.cpu, { other: last.cpu.go ?? last.cpu.echo });
  }
  extra.api_rounds = Object.entries(rounds).map(([k, v]) => `${k} ${v.map((x) => x.p50_us.toFixed(0)).join('/')}`).join('; ');
  extra.payload_bytes = rounds.floor[0].payload_bytes;
  extra.go_p99 = goTarget ? mean(rounds.go.map((x) => x.p99_us)) : null;
  extra.floor_p99 = mean(rounds.floor.map((x) => x.p99_us));

  // 2 and 3. Posts through REST with 0, 1 and 3 plugins implementing MessageWillBePosted.
  const postSpec = {
    method: 'POST',
    path: '/api/v4/posts',
    headers: { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'application/json' },
    body: Buffer.from(JSON.stringify({ channel_id: channel.id, message: 'benchmark post: nothing to see here' })),
  };
  const hookPids = () => ids.hooks.map((id) => server.pluginPid(id)).filter((pid) => pid && alive(pid));
  // One-at-a-time posts; CPU and latencies pooled per label over several blocks.
  const pooled = {};
  const seq = async (label, n) => {
    const meter = meterFor({ server: server.pid, plugin: hookPids() });
    const lat = await sequential(server.url, postSpec, { n, warmup: P.blockWarmup, maxMs: SEQ_MAX_MS, okStatus: 201 });
    const cpu = meter.stop(lat.length + P.blockWarmup);
    const pool = (pooled[label] ??= { lat: [], ops: 0, cpu: {}, windows: [] });
    pool.lat.push(...lat);
    pool.ops += lat.length + P.blockWarmup;
    for (const [k, v] of Object.entries(cpu)) pool.cpu[k] = (pool.cpu[k] ?? 0) + v * (lat.length + P.blockWarmup);
    pool.windows.push(cpu.window);
    return median(lat);
  };
  const poolRow = (label) => {
    const pool = pooled[label];
    const cpu = Object.fromEntries(Object.entries(pool.cpu).map(([k, v]) => [k, v / pool.ops]));
    Object.defineProperty(cpu, 'window', { value: pool.windows });
    cpuRow(`POST /posts one at a time, ${label}`, pool.lat.reduce((a, b) => a + b, 0) / pool.lat.length, cpu);
    const v = median(pool.lat);
    log(`sequential posts, ${label}: p50 ${v.toFixed(1)} µs (n=${pool.lat.length})`);
    return v;
  };
  const thr = async (label) => {
    const meter = meterFor({ server: server.pid, plugin: hookPids() });
    const r = await throughput(server.url, postSpec, { concurrency: CONCURRENCY, durationMs: P.loadMs, warmupMs: P.loadWarmupMs, okStatus: 201 });
    cpuRow(`POST /posts, ${CONCURRENCY} clients, ${label}`, 1e6 / r.perSecond, meter.stop(r.total));
    log(`posts/s, ${label}: ${r.perSecond.toFixed(0)} (${CONCURRENCY} clients)`);
    return r.perSecond;
  };
  // The 0-plugin throughput run first: it also warms up the post path (JIT, SQLite pages).
  m.posts_per_s_0 = await thr('0 plugins');
  // Hook cost: blocks without and with one hook plugin, alternating (A B A B … A), so that
  // a burst of other work on the machine hits one block, not a whole condition. Each B block
  // is compared with the mean of the A blocks around it; the median of those differences is
  // hook_p50_us.
  const a = [await seq('0 plugins', P.blockPosts)];
  const b = [];
  for (let i = 0; i < P.hookBlocks; i++) {
    await admin.ok('POST', `/plugins/${ids.hooks[0]}/enable`);
    pluginPids.add(server.pluginPid(ids.hooks[0]));
    b.push(await seq('1 plugin', P.blockPosts));
    await admin.ok('POST', `/plugins/${ids.hooks[0]}/disable`);
    a.push(await seq('0 plugins', P.blockPosts));
  }
  const differences = b.map((v, i) => v - (a[i] + a[i + 1]) / 2);
  m.hook_p50_us = median(differences);
  const seq0 = poolRow('0 plugins');
  const seq1 = poolRow('1 plugin');
  await admin.ok('POST', `/plugins/${ids.hooks[0]}/enable`);
  m.posts_per_s_1 = await thr('1 plugin');
  for (const id of ids.hooks) await admin.ok('POST', `/plugins/${id}/enable`);
  for (const id of ids.hooks) pluginPids.add(server.pluginPid(id));
  await seq('3 plugins', P.blockPosts * 2);
  const seq3 = poolRow('3 plugins');
  m.posts_per_s_3 = await thr('3 plugins');
  extra.seq = { a, b, differences, seq0, seq1, seq3, per_hook_from_3: (seq3 - seq0) / 3 };

  // 4. ServeHTTP vs a native route; then a 200 MiB upload.
  const httpLoad = async (p, label) => {
    const meter = meterFor({ server: server.pid, plugin: server.pluginPid(ids.http) });
    const r = await throughput(server.url, { path: p }, { concurrency: CONCURRENCY, durationMs: P.loadMs, warmupMs: P.loadWarmupMs });
    const cpu = meter.stop(r.total);
    if (label === 'native') delete cpu.plugin;
    cpuRow(`GET ${p}, ${CONCURRENCY} clients`, 1e6 / r.perSecond, cpu);
    return r;
  };
  m.http_native_rps = (await httpLoad('/api/v4/system/ping', 'native')).perSecond;
  log(`native GET /api/v4/system/ping: ${m.http_native_rps.toFixed(0)} req/s`);
  m.http_plugin_rps = (await httpLoad(`/plugins/${ids.http}/ping`, 'plugin')).perSecond;
  log(`plugin ServeHTTP GET: ${m.http_plugin_rps.toFixed(0)} req/s`);

  extra.loadavg_end = loadavg();
  extra.seconds = (performance.now() - started) / 1000;
  return { m, extra, goTarget };
}

// ---- the report -----------------------------------------------------------------------------

const NAMES = [
  'api_call_p50_us', 'api_call_p99_us', 'async_api_call_p50_us', 'floor_p50_us', 'go_api_call_p50_us',
  'hook_p50_us', 'posts_per_s_0', 'posts_per_s_1', 'posts_per_s_3',
  'http_plugin_rps', 'http_native_rps', 'upload_200mib_s', 'upload_rss_growth_mib',
  'cold_start_ms', 'python_import_ms', 'plugin_rss_mib', 'server_rss_10_plugins_mib',
];
const DIGITS = { upload_200mib_s: 2 };

function targets(m) {
  const yes = (b) => (b ? 'yes' : 'no');
  const r = (v) => round(v, 1);
  const apiFloor = m.api_call_p50_us <= 1.5 * m.floor_p50_us;
  const apiGo = m.go_api_call_p50_us == null ? undefined : m.api_call_p50_us <= 1.0 * m.go_api_call_p50_us;
  return {
    api_call_p50_us: {
      target: `≤ 1.5 × floor_p50_us (${r(1.5 * m.floor_p50_us)}) and ≤ 1.0 × go_api_call_p50_us (${m.go_api_call_p50_us == null ? 'not measured' : r(m.go_api_call_p50_us)})`,
      holds: apiGo === undefined ? `${yes(apiFloor)} (vs Go: not measured)` : apiFloor && apiGo ? 'yes' : `no (vs floor: ${yes(apiFloor)}; vs Go: ${yes(apiGo)})`,
    },
    hook_p50_us: { target: `≤ 1.5 × floor_p50_us (${r(1.5 * m.floor_p50_us)})`, holds: yes(m.hook_p50_us <= 1.5 * m.floor_p50_us) },
    posts_per_s_1: { target: `≥ 0.5 × posts_per_s_0 (${r(0.5 * m.posts_per_s_0)})`, holds: yes(m.posts_per_s_1 >= 0.5 * m.posts_per_s_0) },
    http_plugin_rps: { target: `≥ 0.5 × http_native_rps (${r(0.5 * m.http_native_rps)})`, holds: yes(m.http_plugin_rps >= 0.5 * m.http_native_rps) },
    upload_rss_growth_mib: { target: '< 64', holds: yes(m.upload_rss_growth_mib < 64) },
    cold_start_ms: { target: `≤ python_import_ms + 150 (${r(m.python_import_ms + 150)})`, holds: yes(m.cold_start_ms <= m.python_import_ms + 150) },
    plugin_rss_mib: { target: '≤ 40', holds: yes(m.plugin_rss_mib <= 40) },
  };
}

function writeReport({ m, extra }) {
  const report = {};
  for (const name of NAMES) report[name] = m[name] == null ? null : round(m[name], DIGITS[name] ?? 1);
  fs.writeFileSync(path.join(outDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');

  const t = targets(m);
  const rows = NAMES.map((name) => `| ${name} | ${report[name] ?? 'not measured'} | ${t[name]?.target ?? '—'} | ${t[name]?.holds ?? '—'} |`);
  const table = ['| metric | value | target | holds |', '|---|---:|---|---|', ...rows].join('\n');
  const s = extra.seq;
  const u = extra.upload;
  const details = [
    `- Mode: ${quick ? 'quick (`--quick`)' : 'full'}; ${new Date().toISOString()}; ${extra.seconds.toFixed(0)} s; ${os.cpus().length} CPUs; load average ${extra.loadavg_start} at the start, ${extra.loadavg_end} at the end (other work on the machine shows up in every figure).`,
    `- Node ${process.version}; ${spawnSync(python, ['--version'], { encoding: 'utf8' }).stdout.trim()}; ${(() => { try { return execFileSync('go', ['version'], { encoding: 'utf8' }).trim(); } catch { return 'no Go'; } })()}.`,
    `- API calls: ${P.apiCalls} timed calls after ${P.apiWarmup} warm-up, ${P.apiRounds} round(s), p50 per round: ${extra.api_rounds} µs. Floor payload ${extra.payload_bytes} B each way (the gRPC frame of the GetUser response). p99: floor ${round(extra.floor_p99)} µs${extra.go_p99 != null ? `, Go ${round(extra.go_p99)} µs` : ''}.`,
    `- Posts one at a time, p50 per block (µs): without a hook plugin ${s.a.map((v) => v.toFixed(0)).join(', ')}; with one ${s.b.map((v) => v.toFixed(0)).join(', ')}; differences ${s.differences.map((v) => v.toFixed(0)).join(', ')} (hook_p50_us is their median). Pooled p50: 0 plugins ${round(s.seq0)}, 1 plugin ${round(s.seq1)}, 3 plugins ${round(s.seq3)}, i.e. ${round(s.per_hook_from_3)} µs per hook from the 3-plugin run.`,
    `- Throughput: ${CONCURRENCY} keep-alive clients, ${P.loadWarmupMs} ms warm-up then ${P.loadMs} ms counted; the load generator runs on the same ${os.cpus().length} CPUs.`,
    `- Upload: ServeHTTP ${u.form} form${u.form === 'simple' ? ' (the SDK has no streaming form yet: the plugin reads the body whole)' : ' (request.iter_body())'}; server RSS ${round(u.beforeMiB)} MiB before, peak ${round(u.peakMiB)} MiB (${u.peakReset ? 'VmHWM reset through /proc/<pid>/clear_refs, and sampled every 10 ms' : 'sampled every 10 ms; VmHWM could not be reset'}); the plugin's RSS peaked at ${round(u.pluginPeakMiB)} MiB.`,
    `- Cold start samples (ms): ${extra.cold_samples}; the API bench plugin (more imports) took ${round(extra.enable_api_ms)} ms. Idle plugin RSS: ${extra.plugin_rss_all}.`,
    ...notes.map((n) => `- ${n}`),
  ];
  const f = (v) => (v == null || !Number.isFinite(v) ? '' : v.toFixed(0));
  const cpuTable = [
    '| operation | wall µs/op | server CPU µs/op | plugin CPU µs/op | Go or echo server CPU µs/op | load generator CPU µs/op |',
    '|---|---:|---:|---:|---:|---:|',
    ...extra.cpuRows.map((r) => `| ${r.label} | ${f(r.wallUs)} | ${f(r.server)} | ${f(r.plugin)} | ${f(r.other)} | ${r.label.includes('clients') || r.label.includes('one at a time') || r.label.includes('upload') ? f(r.self) : ''} |`),
  ].join('\n');
  const md = `# plughost benchmark\n\n${table}\n\n## Notes\n\n${details.join('\n')}\n\n## CPU per operation\n\nFrom the scheduler's run time of every thread of each process (/proc/<pid>/task/*/schedstat) around each phase, divided by the operations in it (warm-up included). Wall time is the mean per call for one-at-a-time phases and 1/throughput for concurrent ones. Plugin CPU sums every plugin that serves the phase.\n\n${cpuTable}\n\nHow each figure is measured: [bench/README.md](../README.md).\n`;
  fs.writeFileSync(path.join(outDir, 'report.md'), md);
  console.log(`\n${table}\n`);
  for (const line of details) console.log(line);
  console.log(`\n${cpuTable}`);
  console.log(`\nwrote ${path.relative(process.cwd(), path.join(outDir, 'report.json'))} and report.md`);
}

let exitCode = 0;
try {
  const result = await main();
  await cleanUp();
  writeReport(result);
  if (profiling) {
    const file = fs.readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(profileDir, f))[0];
    if (!file) throw new Error(`no CPU profile in ${profileDir}`);
    fs.writeFileSync(path.join(outDir, 'profile.md'), profileReport(file, phases));
    console.log(`wrote ${path.relative(process.cwd(), path.join(outDir, 'profile.md'))} (the server's CPU by phase)`);
  }
} catch (err) {
  console.error(`[bench] failed: ${err.stack ?? err}`);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
