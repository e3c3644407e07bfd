// `plughost plugin logs <id> [--follow]`: the plugin's recent log lines, and with --follow the
// new ones as they come, by polling (the server keeps a sliding window of the last 500).
import { setTimeout as sleep } from 'node:timers/promises';
import { type LogLine, pluginRoute } from './api-types.js';
import type { Command } from './command.js';
import { json, write } from './format.js';
import { connect, parseCommand } from './options.js';

const pollIntervalMs = 1000;

function show(line: LogLine): string {
  return `${line.timestamp}  ${line.level.toUpperCase().padEnd(5)}  ${line.message}\n`;
}

/**
 * The lines of `next` not in `prev`. The server answers a window that slides as lines arrive,
 * so `next` is the end of `prev` followed by new lines: find the longest end of `prev` that
 * `next` starts with. With no overlap (a restarted server, a reinstalled plugin), all are new.
 */
export function unseenLines(prev: LogLine[], next: LogLine[]): LogLine[] {
  const key = (l: LogLine) => `${l.timestamp}\u0000${l.level}\u0000${l.message}`;
  const p = prev.map(key);
  const n = next.map(key);
  for (let drop = Math.max(0, p.length - n.length); drop < p.length; drop++) {
    let same = true;
    for (let i = drop; i < p.length && same; i++) same = p[i] === n[i - drop];
    if (same) return next.slice(p.length - drop);
  }
  return next;
}

const logs: Command = {
  name: 'plugin logs',
  synopsis: '<id> [--follow]',
  summary: "Print the plugin's last 500 log lines (its logger calls and its stdout/stderr).",
  details: `  -f, --follow  keep printing new lines, checking every second, until Ctrl-C
With --json, prints the server's list [{timestamp, level, message}]; with --follow, one JSON
object per line.`,
  async run(argv, usage) {
    const { values, positionals } = parseCommand(argv, { follow: { type: 'boolean', short: 'f' } }, usage, { min: 1, max: 1 });
    const client = connect(values);
    const route = pluginRoute(positionals[0], '/logs');
    const print = (lines: LogLine[]) => write(lines.map((l) => (values.json ? JSON.stringify(l) + '\n' : show(l))).join(''));
    let seen = await client.get<LogLine[]>(route);
    if (!values.follow) {
      write(values.json ? json(seen) : seen.map(show).join(''));
      return 0;
    }
    print(seen);
    // Ends by Ctrl-C (node's default SIGINT exit), or with an error if the server or the plugin goes away.
    for (;;) {
      await sleep(pollIntervalMs);
      const next = await client.get<LogLine[]>(route);
      print(unseenLines(seen, next));
      seen = next;
    }
  },
};

export const pluginLogsCommands: Command[] = [logs];
