// The server log: one JSON object per line on stdout, so it can be read by people and tools.
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  log(level: LogLevel, msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export function createLogger(
  minLevel: LogLevel = (process.env.PLUGHOST_LOG_LEVEL as LogLevel) || 'info',
  base: Record<string, unknown> = {},
  write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
): Logger {
  const log = (level: LogLevel, msg: string, fields?: Record<string, unknown>) => {
    if (rank[level] < rank[minLevel]) return;
    write(JSON.stringify({ timestamp: new Date().toISOString(), level, msg, ...base, ...fields }));
  };
  return {
    log,
    debug: (m, f) => log('debug', m, f),
    info: (m, f) => log('info', m, f),
    warn: (m, f) => log('warn', m, f),
    error: (m, f) => log('error', m, f),
    child: (fields) => createLogger(minLevel, { ...base, ...fields }, write),
  };
}
