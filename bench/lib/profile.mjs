// Summaries of a V8 CPU profile (node --cpu-prof) over time windows: where the server spent
// its CPU during each benchmark phase, by function and by package.
import fs from 'node:fs';

/** Microseconds on the clock V8 stamps profile samples with (CLOCK_MONOTONIC on Linux). */
export const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

function category(frame) {
  const url = frame.url || '';
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (url.startsWith('node:')) return 'node core (' + url.replace(/^node:(internal\/)?/, '').split('/')[0] + ')';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.includes('/server/dist/gen/')) return 'plughost generated code';
  if (url.includes('/server/dist/src/')) return 'plughost ' + url.split('/server/dist/src/')[1].split('/')[0];
  return url;
}

/** Self time per category and per function in the windows ([startUs, endUs) pairs), as shares. */
export function summarize(profile, windows, top = 12) {
  const inside = (t) => windows.some(([start, end]) => t >= start && t < end);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const cats = new Map();
  const funcs = new Map();
  let t = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (!inside(t)) continue;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const frame = byId.get(profile.samples[i]).callFrame;
    const cat = category(frame);
    const fn = `${frame.functionName || '(anonymous)'} ${cat.startsWith('(') ? '' : `[${cat}]`}`.trim();
    cats.set(cat, (cats.get(cat) ?? 0) + dt);
    funcs.set(fn, (funcs.get(fn) ?? 0) + dt);
    total += dt;
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, share: us / total }));
  return { sampledUs: total, categories: sorted(cats), functions: sorted(funcs) };
}

export function profileReport(file, phases) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const pct = (x) => `${(x * 100).toFixed(1)} %`;
  const out = ['# Server CPU profile by phase', '', `From ${file} (node --cpu-prof). Shares are of the samples inside each phase's window; "(idle)" is the server waiting (for the plugin, the client or the disk).`, ''];
  for (const phase of phases) {
    const s = summarize(profile, phase.windows);
    if (!s.sampledUs) continue;
    out.push(`## ${phase.name}`, '', '| package or part | share |  | function (self time) | share |', '|---|---:|---|---|---:|');
    for (let i = 0; i < Math.max(s.categories.length, s.functions.length); i++) {
      const c = s.categories[i];
      const f = s.functions[i];
      out.push(`| ${c ? c.name : ''} | ${c ? pct(c.share) : ''} |  | ${f ? f.name.replace(/\|/g, '\\|') : ''} | ${f ? pct(f.share) : ''} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
