// Output: aligned columns and state names for people, the API's JSON for scripts.

/** Mattermost's plugin states (model/plugin_status.go), by number. */
const stateNames = ['NotRunning', 'Starting', 'Running', 'FailedToStart', 'FailedToStayRunning', 'Stopping'];

export function stateName(state: unknown): string {
  return typeof state === 'number' && stateNames[state] !== undefined ? stateNames[state] : `Unknown(${String(state)})`;
}

/** Columns padded to their widest cell; the last column is not padded, so lines have no trailing blanks. */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd()).join('\n') + '\n';
}

/** Aligned `key  value` lines (no header), for a settings map. */
export function keyValues(entries: Array<[string, string]>): string {
  const width = Math.max(0, ...entries.map(([k]) => k.length));
  return entries.map(([k, v]) => `${k.padEnd(width)}  ${v}`.trimEnd()).join('\n') + '\n';
}

/** A setting as people type it: strings bare, everything else as JSON. */
export function showValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** One line of cells must stay one line: newlines in an error become " | ". */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' | ').trim();
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** mmctl's convention for commands over several ids: one result prints as an object, several as an array. */
export function jsonOneOrMany(values: unknown[]): string {
  return json(values.length === 1 ? values[0] : values);
}

export function write(text: string): void {
  process.stdout.write(text);
}

export function warn(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
