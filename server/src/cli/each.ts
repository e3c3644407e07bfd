// Commands over several ids or bundles go on past a failed one, like mmctl, and fail at the end.
import { UnreachableError } from './client.js';
import { CliError } from './errors.js';
import { warn } from './format.js';

/** Runs `fn` for each target; reports each failure on stderr. Stops at once if the server is unreachable. */
export async function forEachTarget<T>(targets: string[], fn: (target: string) => Promise<T>): Promise<{ results: T[]; failed: number }> {
  const results: T[] = [];
  let failed = 0;
  for (const target of targets) {
    try {
      results.push(await fn(target));
    } catch (err) {
      if (err instanceof UnreachableError || !(err instanceof CliError)) throw err;
      warn(`error: ${target}: ${err.message}`);
      failed += 1;
    }
  }
  return { results, failed };
}
