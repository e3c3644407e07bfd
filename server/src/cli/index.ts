// The admin CLI: every `plughost` command but `serve`. Finds the command named by the first
// words, handles help, and turns failures into exit statuses: 0 ok, 1 failed, 2 bad usage.
import { authCommands } from './auth-commands.js';
import { type Command, commandList, commandUsage } from './command.js';
import { CliError, UsageError } from './errors.js';
import { warn, write } from './format.js';
import { commonOptionsHelp } from './options.js';
import { pluginCommands } from './plugin-commands.js';
import { pluginConfigCommands } from './plugin-config.js';
import { pluginLogsCommands } from './plugin-logs.js';

const commands: Command[] = [...authCommands, ...pluginCommands, ...pluginLogsCommands, ...pluginConfigCommands];

function mainUsage(): string {
  return `usage: plughost <command> [arguments] [options]

  plughost serve [--port N] [--data-dir DIR] …
      Run the server (plughost help serve).
${commandList(commands)}
${commonOptionsHelp}
The plugin commands need a system admin. Exit status: 0 done, 1 failed (the server's message
is printed), 2 bad usage. \`plughost help <command>\` or \`plughost <command> --help\` for more.
`;
}

/** Help of a group of commands ("plugin", "plugin config"). */
function groupUsage(group: string, members: Command[]): string {
  return `usage: plughost ${group} <command> [arguments] [options]\n\n${commandList(members)}\n${commonOptionsHelp}`;
}

const wordsOf = (c: Command) => c.name.split(' ');
const startsWith = (argv: string[], words: string[]) => words.every((w, i) => argv[i] === w);

/** Arguments before `--` asking for help. */
const wantsHelp = (argv: string[]) => {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
};

/** The command named by the first words of argv, and the group prefix it matched if none did. */
function lookup(argv: string[]): { command?: Command; group: string[] } {
  const command = commands.find((c) => startsWith(argv, wordsOf(c)));
  if (command) return { command, group: [] };
  // The longest run of leading words that some command names start with ("plugin config").
  let group: string[] = [];
  for (let n = 1; n <= argv.length; n++) {
    const words = argv.slice(0, n);
    if (commands.some((c) => wordsOf(c).length > n && startsWith(wordsOf(c), words))) group = words;
    else break;
  }
  return { group };
}

async function dispatch(argv: string[], serveUsage: string): Promise<number> {
  if (argv.length === 0 || (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h'))) {
    write(mainUsage());
    return 0;
  }
  if (argv[0] === 'help') {
    const topic = argv.slice(1);
    if (topic.length === 0) write(mainUsage());
    else if (topic[0] === 'serve') write(serveUsage);
    else {
      const { command, group } = lookup(topic);
      if (command) write(commandUsage(command));
      else if (group.length === topic.length) write(groupUsage(group.join(' '), commands.filter((c) => startsWith(wordsOf(c), group))));
      else throw new UsageError(`no command "${topic.join(' ')}"`, mainUsage());
    }
    return 0;
  }
  const { command, group } = lookup(argv);
  if (command) {
    const rest = argv.slice(wordsOf(command).length);
    if (wantsHelp(rest)) {
      write(commandUsage(command));
      return 0;
    }
    return command.run(rest, commandUsage(command));
  }
  if (group.length === 0) throw new UsageError(`unknown command "${argv[0]}"`, mainUsage());
  const usage = groupUsage(group.join(' '), commands.filter((c) => startsWith(wordsOf(c), group)));
  const next = argv[group.length];
  if (next === '--help' || next === '-h') {
    write(usage);
    return 0;
  }
  throw new UsageError(next === undefined ? `missing a command after "${group.join(' ')}"` : `unknown command "${group.join(' ')} ${next}"`, usage);
}

/** Runs the CLI; resolves to the exit status. Anything but a UsageError or CliError is a bug and is rethrown. */
export async function runCli(argv: string[], serveUsage: string): Promise<number> {
  try {
    return await dispatch(argv, serveUsage);
  } catch (err) {
    if (err instanceof UsageError) {
      warn(`error: ${err.message}\n\n${err.usage}`);
      return 2;
    }
    if (err instanceof CliError) {
      warn(`error: ${err.message}`);
      return 1;
    }
    throw err;
  }
}
