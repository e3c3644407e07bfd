// What a CLI command is, and its help text, so the dispatcher and `help` treat them all alike.
import { commonOptionsHelp } from './options.js';

export interface Command {
  /** The words that name it: "plugin add". */
  name: string;
  /** Its arguments and own flags: "<dir|bundle.tar.gz>… [--force] [--enable]". */
  synopsis: string;
  /** One line for the command lists. */
  summary: string;
  /** More lines for its own help. */
  details?: string;
  /** Runs it; resolves to the exit status. Throws UsageError or CliError for the dispatcher to report. */
  run(argv: string[], usage: string): Promise<number>;
}

const invocation = (c: Command) => `plughost ${c.name}${c.synopsis ? ` ${c.synopsis}` : ''}`;

export function commandUsage(c: Command): string {
  return `usage: ${invocation(c)} [options]\n\n${c.summary}\n${c.details ? `\n${c.details.trimEnd()}\n` : ''}\n${commonOptionsHelp}`;
}

/** The lines of a command list: the synopsis, then the summary indented under it. */
export function commandList(commands: Command[]): string {
  return commands.map((c) => `  ${invocation(c)}\n      ${c.summary}\n`).join('');
}
