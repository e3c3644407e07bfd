#!/usr/bin/env node
// `plughost serve [--port N] [--data-dir DIR]`: runs the server until SIGINT/SIGTERM.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createLogger } from './log.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const usage = `usage: plughost serve [--port N] [--host H] [--data-dir DIR] [--python PATH]

  --port      HTTP port (env PLUGHOST_PORT, default 8065)
  --metrics-port  port of the metrics listener, /plugins/{id}/metrics (env PLUGHOST_METRICS_PORT, default 8067; -1 off)
  --host      address to listen on (env PLUGHOST_HOST, default 0.0.0.0)
  --data-dir  data folder: database, files, plugins, config.json (env PLUGHOST_DATA_DIR, default ./data)
  --python    interpreter of the shared plugin environment (env PLUGHOST_PYTHON, default .venv/bin/python)
`;

async function serve(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'metrics-port': { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      python: { type: 'string' },
      'no-examples': { type: 'boolean' },
    },
  });
  const port = Number(values.port ?? process.env.PLUGHOST_PORT ?? 8065);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${values.port ?? process.env.PLUGHOST_PORT}`);
  const metricsPort = Number(values['metrics-port'] ?? process.env.PLUGHOST_METRICS_PORT ?? 8067);
  if (!Number.isInteger(metricsPort) || metricsPort < -1 || metricsPort > 65535) throw new Error(`invalid metrics port: ${values['metrics-port'] ?? process.env.PLUGHOST_METRICS_PORT}`);
  const logger = createLogger();
  // Loaded here, not at the top: the CLI commands start in a fraction of the time without it.
  const { startServer } = await import('./server.js');
  const server = await startServer({
    port,
    metricsPort,
    host: values.host ?? process.env.PLUGHOST_HOST ?? '0.0.0.0',
    dataDir: values['data-dir'] ?? process.env.PLUGHOST_DATA_DIR ?? path.join(process.cwd(), 'data'),
    pythonPath: values.python ?? process.env.PLUGHOST_PYTHON ?? path.join(repoRoot, '.venv', 'bin', 'python'),
    seedPluginsDir: values['no-examples'] ? undefined : path.join(repoRoot, 'examples'),
  }, logger);
  let signals = 0;
  const shutdown = (signal: string) => {
    signals += 1;
    if (signals > 1) process.exit(1);
    logger.info('shutting down', { signal });
    server.stop().then(() => process.exit(0), (err) => {
      logger.error('shutdown failed', { error: String(err) });
      process.exit(1);
    });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'serve') {
  serve(rest).catch((err) => {
    console.error(`plughost: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
} else {
  // Every other command is the admin CLI (src/cli), loaded only when used.
  const { runCli } = await import('./cli/index.js');
  process.exitCode = await runCli(process.argv.slice(2), usage);
}
