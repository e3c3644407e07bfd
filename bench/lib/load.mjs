// HTTP load from Node: keep-alive connections (node:http Agent), N workers each with one
// request in flight, for a fixed time; every loop is bounded by a count and a deadline.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const REQUEST_TIMEOUT_MS = 30_000;

export function agentFor(concurrency) {
  return new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
}

/** One request; resolves with the status once the whole response has arrived. */
export function request(baseUrl, agent, { method = 'GET', path, headers = {}, body }) {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path, agent, headers: body ? { ...headers, 'Content-Length': body.length } : headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`${method} ${path}: no answer in ${REQUEST_TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * `concurrency` workers send `spec` back to back for warmupMs + durationMs (at most
 * maxRequests in all). Throughput counts the responses that arrive inside the measured window.
 */
export async function throughput(baseUrl, spec, { concurrency, durationMs, warmupMs, maxRequests = 1_000_000, okStatus = 200 }) {
  const agent = agentFor(concurrency);
  const start = performance.now();
  const windowStart = start + warmupMs;
  const end = windowStart + durationMs;
  let sent = 0;
  let completed = 0;
  let failed = 0;
  let lastError;
  const worker = async () => {
    while (performance.now() < end && sent < maxRequests) {
      sent += 1;
      let ok = false;
      try {
        ok = (await request(baseUrl, agent, spec)).status === okStatus;
      } catch (err) {
        lastError = err;
      }
      const now = performance.now();
      if (now >= windowStart && now <= end) {
        completed += 1;
        if (!ok) failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  if (failed > completed * 0.01) throw new Error(`${spec.method ?? 'GET'} ${spec.path}: ${failed} of ${completed} requests failed${lastError ? ` (${lastError.message})` : ''}`);
  return { perSecond: completed / (durationMs / 1000), completed, failed, total: sent };
}

/** `n` requests one after the other (after `warmup`), each one's latency in µs. */
export async function sequential(baseUrl, spec, { n, warmup, maxMs, okStatus = 200 }) {
  const agent = agentFor(1);
  const deadline = performance.now() + maxMs;
  const latencies = [];
  for (let i = 0; i < warmup + n && performance.now() < deadline; i++) {
    const t0 = performance.now();
    const res = await request(baseUrl, agent, spec);
    const us = (performance.now() - t0) * 1000;
    if (res.status !== okStatus) throw new Error(`${spec.method ?? 'GET'} ${spec.path} answered ${res.status}: ${res.body.toString().slice(0, 200)}`);
    if (i >= warmup) latencies.push(us);
  }
  agent.destroy();
  return latencies;
}

/**
 * Sends a `totalBytes` body (one reused buffer, written with backpressure) and resolves with
 * the response; `onProgress` is called every `sampleMs` while it runs.
 */
export function upload(baseUrl, path, totalBytes, { chunkBytes = 1 << 20, sampleMs = 10, onProgress = () => {}, timeoutMs = 120_000 } = {}) {
  const url = new URL(baseUrl);
  const chunk = Buffer.alloc(chunkBytes, 0x61);
  return new Promise((resolve, reject) => {
    const sampler = setInterval(onProgress, sampleMs);
    const done = (fn, value) => {
      clearInterval(sampler);
      clearTimeout(timer);
      fn(value);
    };
    const req = http.request({ host: url.hostname, port: url.port, method: 'POST', path, headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': totalBytes } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done(resolve, { status: res.statusCode, body: Buffer.concat(chunks).toString() }));
      res.on('error', (err) => done(reject, err));
    });
    const timer = setTimeout(() => req.destroy(new Error(`upload did not finish in ${timeoutMs} ms`)), timeoutMs);
    req.on('error', (err) => done(reject, err));
    let sent = 0;
    const pump = () => {
      while (sent < totalBytes) {
        const piece = Math.min(chunkBytes, totalBytes - sent);
        sent += piece;
        if (!req.write(piece === chunkBytes ? chunk : chunk.subarray(0, piece))) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}
